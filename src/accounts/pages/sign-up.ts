import type { Request, Response } from 'express';
import { currentSession, safeReturnTo, startSession } from '../../auth/session-cookie.ts';
import { lookupTable } from '../../core/lookup-table.ts';
import { isValidTimeZone } from '../../dates/zone.ts';
import { checkThrottles } from '../../http/throttle.ts';
import { csrfField, guardForm } from '../../web/form-guard.ts';
import { field, seeOther, tooManyAttempts } from '../../web/forms.ts';
import { html, page } from '../../web/html.ts';
import { sendPage } from '../../web/page-headers.ts';
import { THROTTLES } from '../../web/throttles.ts';
import { timeZoneSelect } from '../../web/time-zone-select.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { setPassword } from '../credentials.ts';
import { sendVerificationMail } from '../email-verification.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../passwords.ts';
import { createUser, DuplicateEmailError } from '../users.ts';

const MESSAGES = lookupTable<string>({
  email: 'Enter a valid email address.',
  password: `Choose a password of ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`,
  name: 'Enter your name (up to 100 characters).',
  timezone: 'Choose your time zone from the list.',
  taken: 'There is already an account with this email. Sign in instead.',
});

interface SignUpForm {
  csrfToken: string;
  returnTo: string;
  email?: string;
  name?: string;
  timezone: string;
  message?: string | undefined;
}

/**
 * The sign-up form. After a refusal it keeps what was typed, except the password. The
 * time zone is chosen from the zones this server knows; timezone.js picks the browser's.
 */
function signUpPage(f: SignUpForm): string {
  return page(
    'Create your Tend account',
    html`${f.message && html`<p role="alert">${f.message}</p>`}
<form method="post" action="/signup">
${csrfField(f.csrfToken)}
<input type="hidden" name="return_to" value="${f.returnTo}">
<p><label>Email <input type="email" name="email" value="${f.email ?? ''}" required autocomplete="username"></label></p>
<p><label>Your name <input name="display_name" value="${f.name ?? ''}" required maxlength="100" autocomplete="name"></label></p>
<p><label>Password <input type="password" name="password" required minlength="${MIN_PASSWORD_LENGTH}" autocomplete="new-password"></label></p>
<p><label for="timezone">Time zone</label> ${timeZoneSelect('timezone', f.timezone, f.email !== undefined)}<br>
<small>Dates and reminders are shown in this zone; you can change it later.</small></p>
<p><button type="submit">Create account</button></p>
</form>
<p>Already have an account? <a href="/signin?return_to=${encodeURIComponent(f.returnTo)}">Sign in</a></p>`,
    { scripts: ['timezone'] },
  );
}

export function showSignUp(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const returnTo = safeReturnTo(req.query.return_to);
    if (await currentSession(req, deps)) return seeOther(res, returnTo);
    sendPage(
      res,
      200,
      signUpPage({
        csrfToken: deps.csrf.token(req, res, undefined),
        returnTo,
        timezone: deps.defaultTimezone,
        message: MESSAGES[String(req.query.error)],
      }),
    );
  };
}

export function signUp(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    if (!guardForm(req, res, deps.csrf, undefined)) return;
    const returnTo = safeReturnTo(field(req, 'return_to'));
    const email = field(req, 'email').trim();
    const password = field(req, 'password');
    const name = field(req, 'display_name').trim();
    const timezone = field(req, 'timezone').trim() || deps.defaultTimezone;
    const back = (error: string) =>
      sendPage(
        res,
        422,
        signUpPage({
          csrfToken: deps.csrf.token(req, res, undefined),
          returnTo,
          email,
          name,
          timezone: isValidTimeZone(timezone) ? timezone : deps.defaultTimezone,
          message: MESSAGES[error],
        }),
      );
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
