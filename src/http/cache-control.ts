import type { HttpHandler } from './http-step.ts';

/**
 * Every response says how it may be cached (OWASP API8): nothing is stored unless a route
 * says otherwise (static assets, which set their own before sending).
 */
export function defaultCacheControl(): HttpHandler {
  return (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
}
