import { type Html, html } from '../../web/html.ts';

/** The dashboard's last box: deleting the account, behind the current password. */
export function deleteAccountSection(csrf: Html, notice: unknown): Html {
  return html`<section class="danger" id="delete-account">
<h2>Delete your account</h2>
<p>This deletes your account and everything in it at once: tasks, care records, people and pets, API keys and connected apps. It cannot be undone.</p>
${notice === 'wrong' && html`<p role="alert">The password was not right; nothing was deleted.</p>`}
<form method="post" action="/account/delete">
${csrf}
<p><label>Your password <input type="password" name="password" required autocomplete="current-password"></label></p>
<p><button type="submit" class="danger">Delete my account and all my data</button></p>
</form>
</section>`;
}
