import type { components } from '../../../generated/openapi.ts';
import { dayText, monthText } from '../day-text.ts';

export type Subject = components['schemas']['Subject'];

export const SPECIES: readonly { value: string; label: string }[] = [
  { value: 'cat', label: 'Cat' },
  { value: 'dog', label: 'Dog' },
  { value: 'rabbit', label: 'Rabbit' },
  { value: 'guinea_pig', label: 'Guinea pig' },
  { value: 'hamster', label: 'Hamster' },
  { value: 'bird', label: 'Bird' },
  { value: 'fish', label: 'Fish' },
  { value: 'reptile', label: 'Reptile' },
  { value: 'horse', label: 'Horse' },
  { value: 'other', label: 'Another animal' },
];

export const SEXES: readonly { value: string; label: string }[] = [
  { value: 'unknown', label: 'Not said' },
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
];

export function speciesText(species: string | null): string {
  return SPECIES.find((s) => s.value === species)?.label ?? '';
}

/** "You", "Person", "Pet (cat)": what someone is, in a word or two. */
export function kindText(s: Subject): string {
  if (s.is_self) return 'You';
  if (s.kind === 'person') return 'Person';
  return s.species ? `Pet · ${speciesText(s.species).toLowerCase()}` : 'Pet';
}

/** The birthday as far as Tend knows it. */
export function birthdayText(s: Subject): string {
  if (s.birthday_precision === 'day' && s.birth_date) return dayText(s.birth_date);
  if (s.birthday_precision === 'month' && s.birth_month)
    return `${monthText(s.birth_month)} (day not known)`;
  if (s.birthday_precision === 'year' && s.birth_year !== null)
    return `${s.birth_year} (month not known)`;
  return 'Not known';
}
