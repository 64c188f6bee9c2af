import type { Request, Response } from 'express';
import { clientOf, recordSecurityEvent } from '../../auth/security-events.ts';
import { currentSession, startSession } from '../../auth/session-cookie.ts';
import { lookupTable } from '../../core/lookup-table.ts';
import { csrfField } from '../../web/form-guard.ts';
import { field, seeOther } from '../../web/forms.ts';
import { html } from '../../web/html.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { setPassword } from '../credentials.ts';
import { endEverySession } from '../end-every-session.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../passwords.ts';
import { sendAccountPage } from './account-frame.ts';
import { confirmPassword } from './confirm-password.ts';

const PASSWORD_PAGE = '/account/password';

const MESSAGES = lookupTable<{ text: string; ok: boolean }>({
  changed: { text: 'Your password was changed. Other sessions were signed out.', ok: true },
  wrong: { text: 'The current password was not right; nothing was changed.', ok: false },
  invalid: {
    text: `Choose a new password of ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`,
    ok: false,
  },
});

/** GET /account/password: the form, and what became of the last try. */
export function showPasswordPage(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    if (!session) return seeOther(res, `/signin?return_to=${encodeURIComponent(PASSWORD_PAGE)}`);
    const message = MESSAGES[String(req.query.password)];
    sendAccountPage(res, {
      title: 'Change your password',
      current: PASSWORD_PAGE,
      body: html`${
        message &&
        (message.ok
          ? html`<p role="status" class="ok">${message.text}</p>`
          : html`<p role="alert">${message.text}</p>`)
      }
<p>Changing it signs you out on every other device and ends every app's sign-in, so whoever knew the old one is out. This browser stays signed in.</p>
<form method="post" action="/account/password">
${csrfField(deps.csrf.token(req, res, session.cookie))}
<p><label>Current password <input type="password" name="current_password" required autocomplete="current-password"></label></p>
<p><label>New password <input type="password" name="new_password" required minlength="${MIN_PASSWORD_LENGTH}" maxlength="${MAX_PASSWORD_LENGTH}" autocomplete="new-password"></label></p>
<p><button type="submit">Change password</button></p>
</form>`,
    });
  };
}

/**
 * POST /account/password. A new password ends every session (this browser gets a fresh
 * one), every refresh token and every access token issued before, so whoever knew the old
 * one is out (docs/security.md A17).
 * Passwords are never written back into a page, so a refusal is a message, not a form.
 */
export function changePassword(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await confirmPassword(
      req,
      res,
      deps,
      'current_password',
      `${PASSWORD_PAGE}?password=wrong`,
    );
    if (!session) return;
    const next = field(req, 'new_password');
    if (next.length < MIN_PASSWORD_LENGTH || next.length > MAX_PASSWORD_LENGTH) {
      return seeOther(res, `${PASSWORD_PAGE}?password=invalid`);
    }
    await deps.db.transaction(async (trx) => {
      await setPassword(trx, session.userId, next, deps.now());
      await endEverySession(trx, session.userId);
      await recordSecurityEvent(trx, {
        userId: session.userId,
        kind: 'password_changed',
        at: deps.now(),
        client: clientOf(req),
      });
    });
    // Apps' access tokens issued before stop here at once, elsewhere on the notice (A17).
    deps.credentials.forget(session.userId);
    await startSession(res, deps, session.userId);
    seeOther(res, `${PASSWORD_PAGE}?password=changed`);
  };
}
