import type { Request, Response } from 'express';
import { clientOf, recordSecurityEvent } from '../../auth/security-events.ts';
import { endSessionCookie } from '../../auth/session-cookie.ts';
import { lookupTable } from '../../core/lookup-table.ts';
import { checkThrottles } from '../../http/throttle.ts';
import { sendInBackground } from '../../mail/mailer.ts';
import { csrfField, guardForm } from '../../web/form-guard.ts';
import { field, seeOther, tooManyAttempts } from '../../web/forms.ts';
import { html, page } from '../../web/html.ts';
import { sendPage } from '../../web/page-headers.ts';
import { accountAtSource, THROTTLES } from '../../web/throttles.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { setPassword } from '../credentials.ts';
import { markEmailVerified } from '../email-verification.ts';
import { endEverySession } from '../end-every-session.ts';
import {
  consumeEveryMailToken,
  consumeMailToken,
  findLiveMailToken,
  issueMailToken,
} from '../mail-tokens.ts';
import { passwordResetMail } from '../mails.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../passwords.ts';
import { findUserByEmail } from '../users.ts';
import { sendExpiredLink } from './mailed-link.ts';

const AGAIN = { href: '/forgot-password', label: 'Ask for a new link' };

/** GET /forgot-password: asks for the address; after a POST, says the same whatever it was. */
export function showForgotPassword(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const csrf = deps.csrf.token(req, res, undefined);
    const sent = req.query.sent === '1';
    sendPage(
      res,
      200,
      page(
        'Forgot your password?',
        html`${
          sent
            ? html`<p role="status" class="ok">If there is a Tend account for that address, a link to choose a new password is on its way. It works for one hour.</p>`
            : html`<p>Enter the email address of your account and we will mail you a link to choose a new password.</p>`
        }
<form method="post" action="/forgot-password">
${csrfField(csrf)}
<p><label>Email <input type="email" name="email" required autocomplete="username"></label></p>
<p><button type="submit">${sent ? 'Send another link' : 'Send me a link'}</button></p>
</form>
<p><a href="/signin">Back to sign in</a></p>`,
      ),
    );
  };
}

/**
 * POST /forgot-password. The answer is the same whether or not the address has an
 * account, and the mail leaves in the background so timing does not tell either
 * (OWASP Forgot Password Cheat Sheet). docs/security.md R7: per IP and per address.
 */
export function requestPasswordReset(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    if (!guardForm(req, res, deps.csrf, undefined)) return;
    const email = field(req, 'email').trim().toLowerCase();
    const throttle = await checkThrottles(
      deps.db,
      [
        [THROTTLES.passwordResetPerIp, req.ip ?? 'unknown'],
        [THROTTLES.passwordResetPerPair, accountAtSource(email, req.ip)],
      ],
      deps.now(),
    );
    if (!throttle.allowed) return tooManyAttempts(res, throttle.retryAfterS);
    const user = email && email.length <= 254 ? await findUserByEmail(deps.db, email) : undefined;
    if (user) {
      const token = await issueMailToken(
        deps.db,
        { userId: user.id, purpose: 'reset_password', email: user.email },
        deps.now(),
      );
      const link = `${deps.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
      sendInBackground(deps.mailer, deps.log, passwordResetMail(user, link));
    }
    seeOther(res, '/forgot-password?sent=1');
  };
}

const RESET_MESSAGES = lookupTable<string>({
  password: `Choose a password of ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`,
});

/** GET /reset-password?token=…: the new-password form; opening it uses nothing up. */
export function showResetPassword(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    const live = await findLiveMailToken(deps.db, 'reset_password', token, deps.now());
    if (!live) return sendExpiredLink(res, AGAIN);
    const csrf = deps.csrf.token(req, res, undefined);
    const message = RESET_MESSAGES[String(req.query.error)];
    sendPage(
      res,
      200,
      page(
        'Choose a new password',
        html`${message && html`<p role="alert">${message}</p>`}
<p>For <strong>${live.email}</strong>. Every device and app signed in to this account will be signed out.</p>
<form method="post" action="/reset-password">
${csrfField(csrf)}
<input type="hidden" name="token" value="${token}">
<input type="email" name="email" value="${live.email}" autocomplete="username" hidden>
<p><label>New password <input type="password" name="new_password" required minlength="${MIN_PASSWORD_LENGTH}" maxlength="${MAX_PASSWORD_LENGTH}" autocomplete="new-password"></label></p>
<p><button type="submit">Set the new password</button></p>
</form>`,
      ),
    );
  };
}

/**
 * POST /reset-password: uses the link up (one atomic UPDATE), sets the password and ends
 * every session and refresh token, as a password change does (docs/security.md A17).
 */
export function resetPassword(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    if (!guardForm(req, res, deps.csrf, undefined)) return;
    const token = field(req, 'token');
    // docs/security.md R7: each attempt costs an argon2 hash.
    const throttle = await checkThrottles(
      deps.db,
      [[THROTTLES.passwordResetPerIp, req.ip ?? 'unknown']],
      deps.now(),
    );
    if (!throttle.allowed) return tooManyAttempts(res, throttle.retryAfterS);
    const password = field(req, 'new_password');
    if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
      return seeOther(res, `/reset-password?token=${encodeURIComponent(token)}&error=password`);
    }
    const now = deps.now();
    const done = await deps.db.transaction(async (trx) => {
      const used = await consumeMailToken(trx, 'reset_password', token, now);
      if (!used) return undefined;
      await setPassword(trx, used.userId, password, now);
      // The link reached this address, which proves it as well as a verification link.
      await markEmailVerified(trx, used.userId, used.email, now);
      await consumeEveryMailToken(trx, used.userId, 'reset_password', now);
      await endEverySession(trx, used.userId);
      await recordSecurityEvent(trx, {
        userId: used.userId,
        kind: 'password_reset',
        at: now,
        client: clientOf(req),
      });
      return used.userId;
    });
    if (!done) return sendExpiredLink(res, AGAIN);
    // The old password's access tokens stop here at once, elsewhere on the notice.
    deps.credentials.forget(done);
    endSessionCookie(res, deps);
    seeOther(res, '/signin?notice=reset');
  };
}
