import type { Db } from '../../db/connect.ts';
import { type Html, html } from '../../web/html.ts';

/**
 * The dashboard's "verify your email" box, shown until the address is confirmed. Nothing
 * else waits for it: the address is what a password reset is sent to.
 */
export async function emailVerificationSection(
  db: Db,
  userId: string,
  csrf: Html,
  notice: unknown,
): Promise<Html> {
  const user = await db('users').where({ id: userId }).first('email', 'email_verified_at');
  if (user.email_verified_at) {
    return notice === 'verified'
      ? html`<p role="status" class="ok">Your email address is confirmed. Thank you.</p>`
      : html``;
  }
  return html`<section class="notice" id="verify-email">
<h2>Verify your email address</h2>
<p>We sent a link to <strong>${user.email}</strong>. Open it to confirm the address is yours: it is where a password reset would be sent.</p>
${notice === 'sent' && html`<p role="status" class="ok">A new link is on its way. It works for 24 hours.</p>`}
<form method="post" action="/account/verify-email">
${csrf}
<p><button type="submit" class="secondary">Send the link again</button></p>
</form>
</section>`;
}
