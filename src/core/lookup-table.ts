/**
 * A table of words looked up with what a person typed. A plain object literal answers
 * `constructor`, `toString` or `__proto__` with what every object inherits, so "species:
 * constructor" would find a function; this table has no prototype and holds only its
 * own entries.
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
