import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/core/http-error.ts';
import { normalizeSpecies, speciesFromWord } from '../../src/subjects/normalize-species.ts';

const cases: { given: string; want: string }[] = [
  { given: 'cat', want: 'cat' },
  { given: 'Cats', want: 'cat' },
  { given: 'kitty', want: 'cat' },
  { given: 'Kitties', want: 'cat' },
  { given: 'kitten', want: 'cat' },
  { given: 'a kitten', want: 'cat' },
  { given: 'DOG', want: 'dog' },
  { given: 'puppy', want: 'dog' },
  { given: 'puppies', want: 'dog' },
  { given: 'pup', want: 'dog' },
  { given: 'my doggo', want: 'dog' },
  { given: 'bunny', want: 'rabbit' },
  { given: 'Bunnies', want: 'rabbit' },
  { given: 'rabbits', want: 'rabbit' },
  { given: 'guinea pig', want: 'guinea_pig' },
  { given: 'Guinea-Pigs', want: 'guinea_pig' },
  { given: 'guinea_pig', want: 'guinea_pig' },
  { given: 'hamster', want: 'hamster' },
  { given: 'budgie', want: 'bird' },
  { given: 'parrots', want: 'bird' },
  { given: 'goldfish', want: 'fish' },
  { given: 'fishes', want: 'fish' },
  { given: 'bearded dragon', want: 'reptile' },
  { given: 'tortoise', want: 'reptile' },
  { given: 'pony', want: 'horse' },
  { given: 'Ponies', want: 'horse' },
  { given: 'other', want: 'other' },
];

describe('species words', () => {
  it.each(cases)('reads "$given" as $want', ({ given, want }) => {
    expect(speciesFromWord(given)).toBe(want);
    expect(normalizeSpecies(given, '/body/species')).toBe(want);
  });

  it.each(['dragon', 'unicorn', 'car'])('refuses "%s" with the allowed values', (given) => {
    expect(speciesFromWord(given)).toBeUndefined();
    try {
      normalizeSpecies(given, '/body/species');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HttpError);
      expect(error).toMatchObject({
        status: 422,
        code: 'unknown_species',
        errors: [{ pointer: '/body/species' }],
        extra: { allowed: expect.arrayContaining(['cat', 'guinea_pig', 'other']) },
      });
    }
  });
});
