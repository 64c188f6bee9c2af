import type { Request, Response } from 'express';
import { currentSession, safeReturnTo, startSession } from '../../auth/session-cookie.ts';
import { lookupTable } from '../../core/lookup-table.ts';
import { isValidTimeZone } from '../../dates/zone.ts';
import { checkThrottles } from '../../http/throttle.ts';
import { csrfField, guardForm } from '../../web/form-guard.ts';
import { field, forbidden, seeOther, tooManyAttempts } from '../../web/forms.ts';
import { html, page } from '../../web/html.ts';
import { sendPage } from '../../web/page-headers.ts';
import { THROTTLES } from '../../web/throttles.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { setPassword } from '../credentials.ts';
import { sendVerificationMail } from '../email-verification.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../passwords.ts';
import { createUser, DuplicateEmailError } from '../users.ts';

const MESSAGES = lookupTable<string>({
  email: 'Enter a valid email address.',
  password: `Choose a password of ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`,
  name: 'Enter your name (up to 100 characters).',
  timezone: 'Choose a time zone such as Europe/Berlin or America/New_York.',
  taken: 'There is already an account with this email. Sign in instead.',
});

export function showSignUp(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const returnTo = safeReturnTo(req.query.return_to);
    if (await currentSession(req, deps)) return seeOther(res, returnTo);
    const token = deps.csrf.token(req, res, undefined);
    const message = MESSAGES[String(req.query.error)];
    sendPage(
      res,
      200,
      page(
        'Create your Tend account',
        html`${message && html`<p role="alert">${message}</p>`}
<form method="post" action="/signup">
${csrfField(token)}
<input type="hidden" name="return_to" value="${returnTo}">
<p><label>Email <input type="email" name="email" required autocomplete="username"></label></p>
<p><label>Your name <input name="display_name" required maxlength="100" autocomplete="name"></label></p>
<p><label>Password <input type="password" name="password" required minlength="${MIN_PASSWORD_LENGTH}" autocomplete="new-password"></label></p>
<p><label>Time zone <input name="timezone" value="${deps.defaultTimezone}" required></label></p>
<p><button type="submit">Create account</button></p>
</form>
<p>Already have an account? <a href="/signin?return_to=${encodeURIComponent(returnTo)}">Sign in</a></p>`,
      ),
    );
  };
}

export function signUp(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    if (!guardForm(req, res, deps.csrf, undefined)) return;
    const returnTo = safeReturnTo(field(req, 'return_to'));
    const back = (error: string) =>
      seeOther(res, `/signup?error=${error}&return_to=${encodeURIComponent(returnTo)}`);
    const email = field(req, 'email').trim();
    // docs/security.md R7: sign-up costs an argon2 hash; per IP and per address asked for.
    const throttle = await checkThrottles(
      deps.db,
      [
        [THROTTLES.signUpPerIp, req.ip ?? 'unknown'],
        [THROTTLES.signUpPerAccount, email.toLowerCase().slice(0, 254)],
      ],
      deps.now(),
    );
    if (!throttle.allowed) return tooManyAttempts(res, throttle.retryAfterS);
    const password = field(req, 'password');
    const name = field(req, 'display_name').trim();
    const timezone = field(req, 'timezone').trim() || deps.defaultTimezone;
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) return back('email');
    if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
      return back('password');
    }
    if (!name || name.length > 100) return back('name');
    if (!isValidTimeZone(timezone)) return back('timezone');
    try {
      const user = await createUser(deps.db, {
        email,
        displayName: name,
        timezone,
        now: deps.now(),
      });
      await setPassword(deps.db, user.id, password, deps.now());
      await sendVerificationMail(deps, user);
      await startSession(res, deps, user.id);
      seeOther(res, returnTo);
    } catch (error) {
      if (error instanceof DuplicateEmailError) return back('taken');
      throw error;
    }
  };
}
