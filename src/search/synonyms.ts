/**
 * Words people use for the same thing in a care log. A query word found here also matches
 * the other words of its group; for a record type the group holds the type's own name,
 * which every record of that type carries in its searched text (weight B), so "shot" finds
 * a vaccination titled "Rabies", and "booster" in a task's title is found by "jab".
 * Groups stay narrow on purpose: "vet" is not widened to every visit (that would make
 * "vet visits" find the dentist), and "vomit" is not widened to every symptom.
 */
const GROUPS: readonly (readonly string[])[] = [
  [
    'vaccination',
    'vaccine',
    'vaccinated',
    'vax',
    'shot',
    'jab',
    'booster',
    'immunization',
    'immunisation',
    'inoculation',
  ],
  ['medication', 'medicine', 'meds', 'pill', 'tablet', 'drug', 'prescription', 'dose'],
  ['symptom', 'sick', 'ill', 'illness', 'unwell', 'poorly'],
  ['visit', 'appointment', 'appt', 'checkup', 'check-up', 'exam', 'consultation'],
  ['vet', 'vets', 'veterinarian', 'veterinary'],
  ['doctor', 'doc', 'gp', 'physician'],
  ['weight', 'weigh', 'weighed', 'weighs', 'heavy', 'heavier', 'lighter'],
  ['temperature', 'temp', 'fever', 'feverish'],
  ['vomit', 'vomited', 'vomiting', 'puke', 'puked', 'hairball'],
  ['limp', 'limping', 'lame'],
  ['headache', 'migraine'],
  ['dewormer', 'deworming', 'wormer', 'worm', 'worms'],
  ['teeth', 'tooth', 'dental'],
  ['flea', 'fleas'],
  ['grooming', 'groomer', 'groomed'],
];

const BY_WORD = new Map<string, readonly string[]>();
for (const group of GROUPS) for (const word of group) BY_WORD.set(word, group);

/** Every word of every group: typos are corrected against these too. */
export const SYNONYM_WORDS: readonly string[] = GROUPS.flat();

/** The words that mean the same as `word` (without it), or none. */
export function synonymsOf(word: string): readonly string[] {
  const lower = word.toLowerCase();
  // "shots" and "boosters" too: the stemmer meets them later, the lookup has to now.
  const group =
    BY_WORD.get(lower) ??
    BY_WORD.get(lower.replace(/s$/, '')) ??
    BY_WORD.get(lower.replace(/es$/, ''));
  return group ? group.filter((other) => other !== lower) : [];
}

/** Phrases the stemmer would lose a word of ("threw up": `up` is a stop word). */
const PHRASES: readonly [RegExp, string][] = [
  [/\b(?:threw|throw|throwing|thrown) up\b/gi, 'vomit'],
];

export function rewritePhrases(text: string): string {
  return PHRASES.reduce((out, [pattern, word]) => out.replace(pattern, word), text);
}
