import type { Response } from 'express';
import { type Html, html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { sendPage } from '../../web/page-headers.ts';

/** The account's own pages, in the order their links show. */
const ACCOUNT_PAGES = [
  { href: '/account', label: 'Overview' },
  { href: '/account/connections', label: 'Connections' },
  { href: '/account/reminders', label: 'Reminders' },
  { href: '/account/widgets', label: 'Chat widgets' },
  { href: '/account/webhooks', label: 'Webhooks' },
  { href: '/account/security', label: 'Security' },
  { href: '/account/password', label: 'Password' },
  { href: '/account/data', label: 'Your data' },
] as const;

export type AccountPath = (typeof ACCOUNT_PAGES)[number]['href'];

/** Every account page: the signed-in frame, and the links between the account's pages. */
export function sendAccountPage(
  res: Response,
  p: {
    title: string;
    current?: AccountPath;
    body: Html;
    status?: number;
    /** The page's own scripts (src/web/scripts/). */
    scripts?: readonly string[];
  },
): void {
  const links = html`<nav class="account-pages" aria-label="Your account"><ul>
${ACCOUNT_PAGES.map(
  (a) =>
    html`<li><a href="${a.href}"${a.href === p.current ? html` aria-current="page"` : ''}>${a.label}</a></li>`,
)}
</ul></nav>`;
  sendPage(
    res,
    p.status ?? 200,
    dashboardPage({
      title: p.title,
      section: 'account',
      body: html`${links}\n${p.body}`,
      ...(p.scripts && { scripts: p.scripts }),
    }),
  );
}
