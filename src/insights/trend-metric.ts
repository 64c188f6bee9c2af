import { metricFromWord, normalizeRecordType, type RecordType } from '../records/normalize-type.ts';

/** What a trend follows: measured values, or how many records of a type there were. */
export type TrendMetric =
  | { counting: false; type: 'weight'; metric: null }
  | { counting: false; type: 'measurement'; metric: string }
  | { counting: true; type: RecordType };

/**
 * The user's word for what to follow: `weight` (or "weighed"), a measured metric
 * ("temperature", "temp", "height", any name measurements were stored under), or a record
 * type to count ("symptoms", "shots", "vet visits").
 */
export function resolveTrendMetric(word: string): TrendMetric {
  const typed = normalizeRecordType(word);
  if (typed.type === 'weight') return { counting: false, type: 'weight', metric: null };
  if (typed.type === 'measurement' && typed.metric) {
    return { counting: false, type: 'measurement', metric: typed.metric };
  }
  // A word Tend has no type for is taken as the name of a measured metric.
  if (typed.type === 'other' && typed.type_text !== null) {
    return { counting: false, type: 'measurement', metric: metricFromWord(word) };
  }
  return { counting: true, type: typed.type };
}
