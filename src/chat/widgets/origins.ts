import type { ProblemFieldError } from '../../core/http-error.ts';

/**
 * A site as the browser names it in `Origin`: lower-case scheme and host, no default port,
 * no path. Stored this way, so the widget's CORS is an exact string match (docs/security.md
 * R14). Undefined when the text is no such origin (a path, a query, a user name, not http).
 */
export function normalizeOrigin(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || url.search || url.hash) return undefined;
  if (url.pathname !== '/') return undefined;
  // URL lower-cases scheme and host and drops a default port already.
  return url.origin;
}

/** The origins normalized, doubles removed; or the field errors of those that are not. */
export function normalizeOrigins(
  texts: readonly string[],
  pointer: string,
): { origins: string[] } | { errors: ProblemFieldError[] } {
  const origins: string[] = [];
  const errors: ProblemFieldError[] = [];
  texts.forEach((text, i) => {
    const origin = normalizeOrigin(text);
    if (!origin) {
      errors.push({
        pointer: `${pointer}/${i}`,
        reason: 'is not a site address like https://family.example (no path)',
      });
    } else if (!origins.includes(origin)) origins.push(origin);
  });
  return errors.length > 0 ? { errors } : { origins };
}
