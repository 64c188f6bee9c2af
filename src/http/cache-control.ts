import type { NextFunction, Request, Response } from 'express';

/**
 * Every response says how it may be cached (OWASP API8): nothing is stored unless a route
 * says otherwise (static assets, which set their own before sending).
 */
export function defaultCacheControl() {
  return (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
}
