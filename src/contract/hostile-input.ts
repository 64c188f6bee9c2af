import type { Request as BackendRequest } from 'openapi-backend';
import type { HttpError, ProblemFieldError } from '../core/http-error.ts';
import { invalidCharacters, nestingTooDeep } from '../core/problems/request.ts';

/** Deeper than any body the contract describes; deeper input is refused before Ajv walks it. */
export const MAX_DEPTH = 32;

// NUL cannot be stored in PostgreSQL text, and a UTF-16 surrogate without its pair is not
// a Unicode scalar value (RFC 8259 §8.2, RFC 3629): neither is anything a person typed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what is looked for.
const INVALID = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Checks every string of a request, whatever operation it is for: NUL and lone surrogates
 * anywhere in the path, query, headers or body, and bodies nested deeper than MAX_DEPTH,
 * are a 400 naming the field — before validation or any handler sees them.
 */
export function checkHostileInput(
  request: BackendRequest,
  pathParameters: () => Record<string, string>,
): HttpError | undefined {
  const errors: ProblemFieldError[] = [];
  let tooDeep: string | undefined;
  const visit = (value: unknown, pointer: string, depth: number): void => {
    if (errors.length >= 10 || tooDeep) return;
    if (typeof value === 'string') {
      if (INVALID.test(value) || INVALID.test(pointer)) {
        errors.push({ pointer, reason: 'contains NUL or an unpaired UTF-16 surrogate' });
      }
      return;
    }
    // A file's bytes are not text (and walking them byte by byte would take ages).
    if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return;
    if (depth > MAX_DEPTH) {
      tooDeep = pointer;
      return;
    }
    const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
    for (const [key, item] of entries) {
      const name = String(key);
      if (INVALID.test(name)) {
        errors.push({
          pointer: `${pointer}/${escapePointer(name)}`,
          reason: 'is a name with NUL or an unpaired surrogate',
        });
        continue;
      }
      visit(item, `${pointer}/${escapePointer(name)}`, depth + 1);
    }
  };
  if (INVALID.test(request.path) || hasBadEscape(request.path)) {
    const names = Object.entries(pathParameters()).filter(([, v]) => isBadSegment(v));
    if (names.length === 0)
      errors.push({ pointer: '/path', reason: 'contains invalid characters' });
    for (const [name] of names) {
      errors.push({
        pointer: `/path/${escapePointer(name)}`,
        reason: 'contains NUL or an unpaired UTF-16 surrogate',
      });
    }
  }
  visit(request.query ?? {}, '/query', 1);
  visit(request.headers ?? {}, '/header', 1);
  visit(request.body, '/body', 0);
  if (tooDeep) return nestingTooDeep(tooDeep, MAX_DEPTH);
  if (errors.length === 0) return undefined;
  return invalidCharacters(errors);
}

function isBadSegment(value: string): boolean {
  try {
    return INVALID.test(decodeURIComponent(value));
  } catch {
    return true;
  }
}

/** A path whose percent-escapes do not decode as UTF-8 holds no text at all. */
function hasBadEscape(path: string): boolean {
  if (!path.includes('%')) return false;
  try {
    return INVALID.test(decodeURIComponent(path));
  } catch {
    return true;
  }
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
