/**
 * How long a provider asked us to wait before trying again: `retry-after-ms` (OpenAI's,
 * milliseconds), else `Retry-After` as seconds or as an HTTP date (RFC 9110 §10.2.3).
 * Undefined when neither is there or readable.
 */
export function retryAfterMs(headers: Headers | undefined, now: Date): number | undefined {
  if (!headers) return undefined;
  const ms = Number(headers.get('retry-after-ms') ?? Number.NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its day and month; Date.parse alone would take '-4' for a year.
  const at = /[a-z]{3}/i.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}
