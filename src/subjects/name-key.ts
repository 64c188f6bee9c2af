/**
 * How names are compared: lower case, accents dropped, spaces collapsed, so "Zoë",
 * "zoe " and "ZOE" are one name. Stored as `subjects.name_key`.
 */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
