import { html } from '../web/html.ts';
import { dashboardPage, type Section } from '../web/layout.ts';
import { sendPage } from '../web/page-headers.ts';
import type { PageContext } from './page-context.ts';

/**
 * What a page shows for an id that is not the person's own (docs/security.md R3): the
 * same 404 for "never existed" and "someone else's", so nothing leaks.
 */
export function sendNotFound(ctx: PageContext, section: Section, what: string, back: string): void {
  sendPage(
    ctx.res,
    404,
    dashboardPage({
      title: `No such ${what}`,
      section,
      body: html`<p>Tend has no ${what} here. It may have been deleted, or the link is wrong.</p>
<p><a href="${back}">Back</a></p>`,
    }),
  );
}
