import { clampToRange, EARLIEST, LATEST } from './range.ts';
import { localDayBounds } from './zone.ts';

/**
 * A `from`/`to` filter value as an instant: a date means the start (`from`) or the end
 * (`to`) of that day in the user's zone; any date is a fair question, so far-off ones
 * become the nearest date Tend can hold.
 */
export function filterInstant(value: string, zone: string, edge: 'start' | 'end'): Date {
  const at = new Date(value);
  if (at < EARLIEST || at >= LATEST) return clampToRange(at);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return at;
  const bounds = localDayBounds(value, zone);
  return edge === 'start' ? bounds.start : bounds.end;
}
