import type { NextFunction, Request, Response } from 'express';

/**
 * Headers for every server-rendered page: nothing from elsewhere, no inline script, never
 * framed (docs/security.md A8, A10), no referrer leaking codes or state, never cached.
 */
export function pageHeaders() {
  return (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'");
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
}

export function sendPage(res: Response, status: number, body: string): void {
  res.status(status).type('text/html; charset=utf-8').send(body);
}

/**
 * The popup goes from Tend's site to its opener on another: a document sent with
 * `Cross-Origin-Opener-Policy: same-origin` would cut the popup from the page that opened
 * it, so the pages on the popup's way (sign-in, consent, the widget's signed-in page) keep it.
 */
export function keepOpener(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cross-Origin-Opener-Policy', 'unsafe-none');
  next();
}
