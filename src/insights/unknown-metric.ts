import { unknownMetric } from '../core/problems/insights.ts';
import type { Db } from '../db/connect.ts';
import { KNOWN_METRICS, RECORD_TYPES } from '../records/normalize-type.ts';
import { closestWord } from './closest-word.ts';
import type { TrendMetric } from './trend-metric.ts';

/**
 * Refuses a metric that is neither a word Tend knows nor a name this person's or pet's
 * measurements were stored under ("weigth"): an empty trend would read as "no readings"
 * when the word was only misspelt. The problem lists what the subject can be followed by
 * (docs/design.md §2: unknown enum-like input gets a 422 listing the allowed values) and names
 * the closest one in `hint`. Costs a query only for a word Tend does not know.
 */
export async function checkTrendMetric(
  db: Db,
  userId: string,
  subject: { id: string; name: string },
  word: string,
  metric: TrendMetric,
): Promise<void> {
  if (metric.counting || metric.type !== 'measurement') return;
  if (KNOWN_METRICS.includes(metric.metric)) return;
  const { rows } = await db.raw(
    `select distinct type, metric from records
     where user_id = ? and subject_id = ? and deleted_at is null`,
    [userId, subject.id],
  );
  const kept = rows as { type: string; metric: string | null }[];
  if (kept.some((row) => row.type === 'measurement' && row.metric === metric.metric)) return;
  const measured = [
    ...new Set(
      kept.flatMap((row) =>
        row.type === 'weight'
          ? ['weight']
          : row.type === 'measurement' && row.metric
            ? [row.metric]
            : [],
      ),
    ),
  ].sort();
  const counted = [
    ...new Set(kept.map((row) => row.type).filter((t) => t !== 'weight' && t !== 'measurement')),
  ].sort();
  const everything = ['weight', ...KNOWN_METRICS, ...RECORD_TYPES.filter((t) => t !== 'weight')];
  const own = [...measured, ...counted];
  const closest = closestWord(word, own) ?? closestWord(word, everything);
  throw unknownMetric({
    word,
    subjectName: subject.name,
    measured,
    counted,
    everything,
    closest,
  });
}
