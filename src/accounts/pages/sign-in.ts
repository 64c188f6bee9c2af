import type { Request, Response } from 'express';
import { currentSession, safeReturnTo, startSession } from '../../auth/session-cookie.ts';
import { lookupTable } from '../../core/lookup-table.ts';
import {
  backoffRemaining,
  checkThrottles,
  clearFailures,
  recordFailure,
} from '../../http/throttle.ts';
import { csrfField, guardForm } from '../../web/form-guard.ts';
import { field, forbidden, seeOther, tooManyAttempts } from '../../web/forms.ts';
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

export function showSignIn(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    const returnTo = safeReturnTo(req.query.return_to);
    if (session) return seeOther(res, returnTo);
    const token = deps.csrf.token(req, res, undefined);
    const message = MESSAGES[String(req.query.error)];
    const notice = NOTICES[String(req.query.notice)];
    sendPage(
      res,
      200,
      page(
        'Sign in to Tend',
        html`${message && html`<p role="alert">${message}</p>`}
${notice && html`<p role="status" class="ok">${notice}</p>`}
<form method="post" action="/signin">
${csrfField(token)}
<input type="hidden" name="return_to" value="${returnTo}">
<p><label>Email <input type="email" name="email" required autocomplete="username"></label></p>
<p><label>Password <input type="password" name="password" required autocomplete="current-password"></label></p>
<p><button type="submit">Sign in</button></p>
</form>
<p><a href="/forgot-password">Forgot your password?</a></p>
<p>No account yet? <a href="/signup?return_to=${encodeURIComponent(returnTo)}">Sign up</a></p>`,
      ),
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
      return seeOther(res, `/signin?error=invalid&return_to=${encodeURIComponent(returnTo)}`);
    }
    await clearFailures(deps.db, SIGN_IN_BACKOFF, pair);
    await startSession(res, deps, user.id);
    seeOther(res, returnTo);
  };
}
