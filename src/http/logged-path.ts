/** Path segments that are secrets themselves: the calendar feed's token (docs/security.md R11). */
const SECRET_SEGMENTS = /^\/calendar\/[^/]+/;

/** The request path as the access log may show it. */
export function loggedPath(path: string): string {
  return path.replace(SECRET_SEGMENTS, '/calendar/[redacted]');
}
