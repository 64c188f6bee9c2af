import { html } from '../web/html.ts';
import type { Section } from '../web/layout.ts';
import { dashboardPage } from '../web/layout.ts';
import { sendPage } from '../web/page-headers.ts';
import type { PageContext } from './page-context.ts';

/** What an unknown id (or another person's, docs/security.md R3) shows: nothing of it. */
export function notFoundPage(ctx: PageContext, section: Section, what: string): void {
  sendPage(
    ctx.res,
    404,
    dashboardPage({
      title: `No such ${what}`,
      section,
      body: html`<p>There is no ${what} here. It may have been deleted.</p>
<p><a href="/">Back to Today</a></p>`,
    }),
  );
}
