import { HttpError } from '../http-error.ts';

/**
 * docs/design.md §2: a trend metric that is neither a word Tend knows nor one this subject's
 * readings were stored under. Lists what the subject has (`measured`, `counted`), else
 * `everything` Tend knows, and names the `closest` word in the hint.
 */
export function unknownMetric(options: {
  word: string;
  subjectName: string;
  measured: readonly string[];
  counted: readonly string[];
  everything: readonly string[];
  closest: string | undefined;
}): HttpError {
  const { word, subjectName, measured, counted, closest } = options;
  const own = [...measured, ...counted];
  const listed = own.length > 0 ? own.join(', ') : 'none yet';
  return new HttpError({
    status: 422,
    code: 'unknown_metric',
    title: 'Unknown metric',
    detail: `Tend has no metric "${word}" for ${subjectName}. Measured: ${measured.join(', ') || 'nothing yet'}; counted: ${counted.join(', ') || 'nothing yet'}.`,
    hint: closest
      ? `Did the user mean "${closest}"? If so, call getTrend again with metric "${closest}"; else ask which of ${listed} they mean.`
      : `Ask the user which of ${listed} they mean, then call getTrend again with it.`,
    errors: [{ pointer: '/query/metric', reason: `is not a metric of ${subjectName}` }],
    extra: { allowed: own.length > 0 ? own : [...options.everything] },
  });
}
