import { lookupTable } from '../core/lookup-table.ts';
import { unknownSpecies } from '../core/problems/subjects.ts';
import { nameKey } from './name-key.ts';

export const SPECIES = [
  'cat',
  'dog',
  'rabbit',
  'guinea_pig',
  'hamster',
  'bird',
  'fish',
  'reptile',
  'horse',
  'other',
] as const;
export type Species = (typeof SPECIES)[number];

// The words people use for their animals, singular; plurals are reduced before lookup.
const WORDS = lookupTable<Species>({
  cat: 'cat',
  kitty: 'cat',
  kitten: 'cat',
  kitteh: 'cat',
  puss: 'cat',
  pussy: 'cat',
  pussycat: 'cat',
  feline: 'cat',
  dog: 'dog',
  doggy: 'dog',
  doggie: 'dog',
  doggo: 'dog',
  puppy: 'dog',
  pup: 'dog',
  pupper: 'dog',
  hound: 'dog',
  canine: 'dog',
  rabbit: 'rabbit',
  bunny: 'rabbit',
  bunnie: 'rabbit',
  'guinea pig': 'guinea_pig',
  guineapig: 'guinea_pig',
  cavy: 'guinea_pig',
  hamster: 'hamster',
  bird: 'bird',
  parrot: 'bird',
  budgie: 'bird',
  budgerigar: 'bird',
  parakeet: 'bird',
  canary: 'bird',
  cockatiel: 'bird',
  cockatoo: 'bird',
  finch: 'bird',
  fish: 'fish',
  goldfish: 'fish',
  betta: 'fish',
  guppy: 'fish',
  reptile: 'reptile',
  lizard: 'reptile',
  gecko: 'reptile',
  snake: 'reptile',
  python: 'reptile',
  turtle: 'reptile',
  tortoise: 'reptile',
  iguana: 'reptile',
  'bearded dragon': 'reptile',
  horse: 'horse',
  pony: 'horse',
  foal: 'horse',
  mare: 'horse',
  stallion: 'horse',
  other: 'other',
});

/** The species a word names ("Kitties", "guinea-pig", "a puppy"), or undefined. */
export function speciesFromWord(text: string): Species | undefined {
  const words = nameKey(text)
    .replace(/[-_]+/g, ' ')
    .replace(/[^a-z ]/g, '')
    .replace(/^(?:an?|the|my|our) /, '')
    .trim();
  for (const candidate of singulars(words)) {
    const species = WORDS[candidate];
    if (species) return species;
  }
  return undefined;
}

function singulars(words: string): string[] {
  const forms = [words];
  if (words.endsWith('ies')) forms.push(`${words.slice(0, -3)}y`);
  if (words.endsWith('es')) forms.push(words.slice(0, -2));
  if (words.endsWith('s')) forms.push(words.slice(0, -1));
  return forms;
}

/** Like speciesFromWord, but an unknown word is a 422 that lists the allowed values. */
export function normalizeSpecies(text: string, pointer: string): Species {
  const species = speciesFromWord(text);
  if (species) return species;
  throw unknownSpecies(text, pointer, SPECIES);
}
