import express, { type Router } from 'express';
import type { Outbox } from '../mail/dev-outbox.ts';
import { type Html, html, page } from './html.ts';
import { pageHeaders, sendPage } from './page-headers.ts';

/** Plain text with its web addresses made into links, everything else escaped. */
function linkify(text: string): Html[] {
  return text
    .split(/(https?:\/\/[^\s<>"]+)/)
    .map((part, i) => (i % 2 === 1 ? html`<a href="${part}">${part}</a>` : html`${part}`));
}

/**
 * GET /dev/outbox: the mails Tend would have sent, newest first. Served only outside
 * production and only without SMTP_URL (see createMailer), so a real deployment never
 * shows anyone's links to anyone.
 */
export function outboxRouter(outbox: Outbox): Router {
  const router = express.Router();
  router.get('/dev/outbox', pageHeaders(), (_req, res) => {
    const mails = outbox.mails();
    sendPage(
      res,
      200,
      page(
        'Dev outbox',
        html`<p>Mails Tend sent while no <code>SMTP_URL</code> is set (kept in memory, newest first). This page exists only in development.</p>
${
  mails.length === 0
    ? html`<p>No mail yet.</p>`
    : mails.map(
        (m) => html`<article class="mail">
<h2>${m.subject}</h2>
<p class="meta">To ${m.to}, ${m.sentAt.toISOString()}</p>
<pre>${linkify(m.text)}</pre>
</article>
`,
      )
}`,
      ),
    );
  });
  return router;
}
