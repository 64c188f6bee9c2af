import type { Mail } from '../mail/mailer.ts';
import { html } from '../web/html.ts';

/** Plain text first (every client shows it), with the same words in simple HTML. */
function mail(to: string, subject: string, lines: string[], link: string, action: string): Mail {
  const text = `${lines.join('\n\n')}\n\n${link}\n\n— Tend\n`;
  const body = html`<p>${lines[0]}</p>
${lines.slice(1).map((l) => html`<p>${l}</p>\n`)}<p><a href="${link}">${action}</a></p>
<p style="color:#666;font-size:90%">Or paste this address into your browser: ${link}</p>
<p>— Tend</p>`;
  return { to, subject, text, html: body.value };
}

export function verificationMail(user: { email: string; display_name: string }, link: string) {
  return mail(
    user.email,
    'Confirm your email address for Tend',
    [
      `Hello ${user.display_name},`,
      'Open this link within 24 hours to confirm that this is your email address. If you did not create a Tend account, ignore this mail.',
    ],
    link,
    'Confirm my email address',
  );
}

export function passwordResetMail(user: { email: string; display_name: string }, link: string) {
  return mail(
    user.email,
    'Reset your Tend password',
    [
      `Hello ${user.display_name},`,
      'Someone (hopefully you) asked to reset the password of your Tend account. Open this link within one hour to choose a new one. If it was not you, ignore this mail: your password stays as it is.',
    ],
    link,
    'Choose a new password',
  );
}
