import type { Response } from 'express';
import { html, page } from '../../web/html.ts';
import { sendPage } from '../../web/page-headers.ts';

/** A mailed link that is unknown, used or expired; the page says what to do instead. */
export function sendExpiredLink(res: Response, next: { href: string; label: string }): void {
  sendPage(
    res,
    400,
    page(
      'This link no longer works',
      html`<p>It has expired or has already been used. Links in Tend’s mails work once.</p>
<p><a href="${next.href}">${next.label}</a></p>`,
    ),
  );
}
