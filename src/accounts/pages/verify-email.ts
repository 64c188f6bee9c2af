import type { Request, Response } from 'express';
import { currentSession } from '../../auth/session-cookie.ts';
import { checkThrottles } from '../../http/throttle.ts';
import { csrfField, guardForm } from '../../web/form-guard.ts';
import { field, seeOther, tooManyAttempts } from '../../web/forms.ts';
import { html, page } from '../../web/html.ts';
import { sendPage } from '../../web/page-headers.ts';
import { signedInForm } from '../../web/signed-in-form.ts';
import { THROTTLES } from '../../web/throttles.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { markEmailVerified, sendVerificationMail } from '../email-verification.ts';
import { consumeEveryMailToken, consumeMailToken, findLiveMailToken } from '../mail-tokens.ts';
import { sendExpiredLink } from './mailed-link.ts';

const AGAIN = { href: '/account', label: 'Send a new link from your account page' };

/**
 * GET /verify?token=…: a page with a button, not the verification itself — mail scanners
 * open links in mails, and a GET must change nothing (RFC 9110 §9.2.1).
 */
export function showVerifyEmail(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    const live = await findLiveMailToken(deps.db, 'verify_email', token, deps.now());
    if (!live) return sendExpiredLink(res, AGAIN);
    const session = await currentSession(req, deps);
    const csrf = deps.csrf.token(req, res, session?.cookie);
    sendPage(
      res,
      200,
      page(
        'Confirm your email address',
        html`<p>Confirm that <strong>${live.email}</strong> is your address.</p>
<form method="post" action="/verify">
${csrfField(csrf)}
<input type="hidden" name="token" value="${token}">
<p><button type="submit">Confirm my email address</button></p>
</form>`,
      ),
    );
  };
}

/** POST /verify: uses the link up in one atomic UPDATE, then marks the address verified. */
export function verifyEmail(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    if (!guardForm(req, res, deps.csrf, session?.cookie)) return;
    const now = deps.now();
    const verified = await deps.db.transaction(async (trx) => {
      const used = await consumeMailToken(trx, 'verify_email', field(req, 'token'), now);
      if (!used || !(await markEmailVerified(trx, used.userId, used.email, now))) return undefined;
      await consumeEveryMailToken(trx, used.userId, 'verify_email', now);
      return used;
    });
    if (!verified) return sendExpiredLink(res, AGAIN);
    seeOther(
      res,
      session?.userId === verified.userId ? '/account?email=verified' : '/signin?notice=verified',
    );
  };
}

/** POST /account/verify-email: a new link, for the signed-in person's own address only. */
export function resendVerification(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    const user = await deps
      .db('users')
      .where({ id: session.userId })
      .first('id', 'email', 'display_name', 'email_verified_at');
    if (user.email_verified_at) return seeOther(res, '/account');
    // docs/security.md R7: every resend lands in someone's inbox.
    const throttle = await checkThrottles(
      deps.db,
      [[THROTTLES.verifyResendPerAccount, `user:${session.userId}`]],
      deps.now(),
    );
    if (!throttle.allowed) return tooManyAttempts(res, throttle.retryAfterS);
    await sendVerificationMail(deps, user);
    seeOther(res, '/account?email=sent');
  };
}
