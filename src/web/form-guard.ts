import type { Request, Response } from 'express';
import type { Csrf } from '../auth/csrf.ts';
import { field, forbidden } from './forms.ts';
import { type Html, html } from './html.ts';

/** The hidden field carrying the page's CSRF token, in every form a page shows (A7). */
export function csrfField(token: string): Html {
  return html`<input type="hidden" name="csrf_token" value="${token}">`;
}

/**
 * The guard of every form Tend's pages post (docs/security.md A7): the token a page gave
 * this browser, bound to its session when it has one. Answers 403 itself and returns false
 * when the token is missing or wrong, so nothing is done.
 */
export function guardForm(
  req: Request,
  res: Response,
  csrf: Csrf,
  sessionCookie: string | undefined,
): boolean {
  if (csrf.verify(req, sessionCookie, field(req, 'csrf_token'))) return true;
  forbidden(res);
  return false;
}
