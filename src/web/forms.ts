import type { Request, Response } from 'express';
import express from 'express';
import { html, page } from './html.ts';
import { sendPage } from './page-headers.ts';

/** Form posts: small, url-encoded only. */
export const parseForm = express.urlencoded({ extended: false, limit: '16kb' });

export function field(req: Request, name: string): string {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

/** docs/security.md A7: a form without this browser's token is refused, nothing done. */
export function forbidden(res: Response): void {
  sendPage(
    res,
    403,
    page('This form has expired', html`<p>Go back, reload the page and try again.</p>`),
  );
}

export function tooManyAttempts(res: Response, retryAfterS: number): void {
  res.setHeader('Retry-After', String(retryAfterS));
  sendPage(res, 429, page('Too many attempts', html`<p>Wait a few minutes, then try again.</p>`));
}

/** docs/security.md A9: 303 after every POST, so the browser follows with a GET. */
export function seeOther(res: Response, location: string): void {
  res.redirect(303, location);
}
