import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { cookieFromHeader, readCookie, setCookie } from '../core/cookies.ts';

const CSRF_COOKIE = 'tend_csrf';

/**
 * Signed double-submit token (RFC 6749 §10.12, docs/security.md A7): an HMAC of a random
 * per-browser cookie and the session cookie, so a token works only for this browser and
 * this session, and another site can neither read nor forge it.
 */
export function createCsrf(secret: string, secure: boolean) {
  const sign = (browser: string, session: string | undefined) =>
    createHmac('sha256', secret)
      .update(`csrf|${browser}|${session ?? ''}`)
      .digest('base64url');

  /** Checks `sent` against this browser's cookie (from a raw `Cookie` header) and session. */
  const verifyCookieHeader = (
    cookies: string | undefined,
    session: string | undefined,
    sent: unknown,
  ): boolean => {
    const browser = cookieFromHeader(cookies, CSRF_COOKIE);
    if (!browser || typeof sent !== 'string') return false;
    const want = Buffer.from(sign(browser, session));
    const got = Buffer.from(sent);
    return got.length === want.length && timingSafeEqual(got, want);
  };

  return {
    /** The token for forms on this page; gives the browser its cookie if it has none. */
    token(req: Request, res: Response, session: string | undefined): string {
      let browser = readCookie(req, CSRF_COOKIE) ?? res.locals.csrfBrowser;
      if (!browser || !/^[A-Za-z0-9_-]{43}$/.test(browser)) {
        browser = randomBytes(32).toString('base64url');
        res.locals.csrfBrowser = browser;
        setCookie(res, CSRF_COOKIE, browser, { secure });
      }
      return sign(browser, session);
    },
    verify(req: Request, session: string | undefined, sent: unknown): boolean {
      return verifyCookieHeader(req.get('cookie'), session, sent);
    },
    /** For API calls made with the session cookie: the token comes in `X-CSRF-Token`. */
    verifyCookieHeader,
  };
}

export type Csrf = ReturnType<typeof createCsrf>;

declare global {
  namespace Express {
    interface Locals {
      csrfBrowser?: string;
    }
  }
}
