import type { Request, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import { isAtOrBelow } from './api-target.ts';
import type { HttpHandler } from './http-step.ts';

/**
 * The headers of helmet's set that still mean something on a JSON answer: `nosniff`, so a
 * browser never reads a body holding user text as HTML, and HSTS, which is about the host.
 * The rest (CSP, framing, opener and embedder policies, referrer, DNS prefetch, Flash and
 * IE switches) govern documents a browser renders, and a JSON answer is none; every byte
 * of them is written on every API response.
 */
const JSON_HEADERS = new Set(['x-content-type-options', 'strict-transport-security']);

/**
 * helmet's headers, worked out once: with the options fixed they are the same for every
 * response, and setting them from a list costs one step instead of helmet's dozen. Under
 * `jsonPaths` (the API and /mcp, which answer JSON only) just the ones JSON needs are sent;
 * pages keep the full set (docs/security.md A8, A10).
 */
export function securityHeaders(
  options: Readonly<HelmetOptions>,
  jsonPaths: readonly string[] = [],
): HttpHandler {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader(name: string, value: unknown) {
      headers.push([name, String(value)]);
    },
    removeHeader() {},
  };
  helmet(options)({} as Request, recorder as unknown as Response, () => {});
  const jsonHeaders = headers.filter(([name]) => JSON_HEADERS.has(name.toLowerCase()));
  const isJsonPath = (url: string) => jsonPaths.some((path) => isAtOrBelow(url, path));
  return (req, res, next) => {
    for (const [name, value] of isJsonPath(req.url ?? '/') ? jsonHeaders : headers) {
      res.setHeader(name, value);
    }
    next();
  };
}
