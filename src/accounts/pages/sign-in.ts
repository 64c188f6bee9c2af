import type { Request, Response } from 'express';
import { clientOf, recordSecurityEvent } from '../../auth/security-events.ts';
import { currentSession, safeReturnTo, startSession } from '../../auth/session-cookie.ts';
import { lookupTable } from '../../core/lookup-table.ts';
import {
  backoffRemaining,
  checkThrottles,
  clearFailures,
  recordFailure,
} from '../../http/throttle.ts';
import { csrfField, guardForm } from '../../web/form-guard.ts';
import { field, seeOther, tooManyAttempts } from '../../web/forms.ts';
import { html, page } from '../../web/html.ts';
import { sendPage } from '../../web/page-headers.ts';
import { accountAtSource, SIGN_IN_BACKOFF, THROTTLES } from '../../web/throttles.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { findCredentials } from '../credentials.ts';
import { verifyPassword } from '../passwords.ts';

const MESSAGES = lookupTable<string>({
  invalid: 'That email and password do not match an account.',
});

const NOTICES = lookupTable<string>({
  verified: 'Your email address is confirmed. Sign in to continue.',
  reset: 'Your password was changed and every device was signed out. Sign in with the new one.',
});

interface SignInForm {
  csrfToken: string;
  returnTo: string;
  email?: string;
  message?: string | undefined;
  notice?: string | undefined;
}

/** The sign-in form; after a wrong password it keeps the address, never the password. */
function signInPage(f: SignInForm): string {
  return page(
    'Sign in to Tend',
    html`${f.message && html`<p role="alert">${f.message}</p>`}
${f.notice && html`<p role="status" class="ok">${f.notice}</p>`}
<form method="post" action="/signin">
${csrfField(f.csrfToken)}
<input type="hidden" name="return_to" value="${f.returnTo}">
<p><label>Email <input type="email" name="email" value="${f.email ?? ''}" required autocomplete="username"></label></p>
<p><label>Password <input type="password" name="password" required autocomplete="current-password"${f.email ? html` autofocus` : ''}></label></p>
<p><button type="submit">Sign in</button></p>
</form>
<p><a href="/forgot-password">Forgot your password?</a></p>
<p>No account yet? <a href="/signup?return_to=${encodeURIComponent(f.returnTo)}">Sign up</a></p>`,
  );
}

export function showSignIn(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    const returnTo = safeReturnTo(req.query.return_to);
    if (session) return seeOther(res, returnTo);
    sendPage(
      res,
      200,
      signInPage({
        csrfToken: deps.csrf.token(req, res, undefined),
        returnTo,
        message: MESSAGES[String(req.query.error)],
        notice: NOTICES[String(req.query.notice)],
      }),
    );
  };
}

export function signIn(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    if (!guardForm(req, res, deps.csrf, undefined)) return;
    const email = field(req, 'email').trim().toLowerCase();
    const returnTo = safeReturnTo(field(req, 'return_to'));
    // docs/security.md R7: per source, and per account at that source with growing waits,
    // checked before the password is; no count per account alone, which would let anyone
    // lock the owner out.
    const pair = accountAtSource(email, req.ip);
    const waits = await Promise.all([
      checkThrottles(deps.db, [[THROTTLES.signInPerIp, req.ip ?? 'unknown']], deps.now()),
      backoffRemaining(deps.db, SIGN_IN_BACKOFF, pair, deps.now()),
    ]);
    const refused = waits.filter((w) => !w.allowed);
    if (refused.length > 0) {
      return tooManyAttempts(res, Math.max(...refused.map((w) => w.retryAfterS), 1));
    }
    const user = await findCredentials(deps.db, email);
    const ok = await verifyPassword(user?.password_hash ?? null, field(req, 'password'));
    if (!user || !ok) {
      await recordFailure(deps.db, SIGN_IN_BACKOFF, pair, deps.now());
      // The owner sees the attempt in their log; the page says the same either way.
      if (user) {
        await recordSecurityEvent(deps.db, {
          userId: user.id,
          kind: 'sign_in_failed',
          at: deps.now(),
          client: clientOf(req),
        });
      }
      return sendPage(
        res,
        422,
        signInPage({
          csrfToken: deps.csrf.token(req, res, undefined),
          returnTo,
          email: field(req, 'email').trim(),
          message: MESSAGES.invalid,
        }),
      );
    }
    await clearFailures(deps.db, SIGN_IN_BACKOFF, pair);
    await startSession(res, deps, user.id);
    await recordSecurityEvent(deps.db, {
      userId: user.id,
      kind: 'sign_in',
      at: deps.now(),
      client: clientOf(req),
    });
    seeOther(res, returnTo);
  };
}
