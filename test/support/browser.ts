import supertest from 'supertest';
import type { HttpEntry } from '../../src/http/api-door.ts';

export type Browser = ReturnType<typeof supertest.agent>;

/** A browser without JavaScript: keeps cookies, follows nothing by itself. */
export function browser(app: HttpEntry): Browser {
  return supertest.agent(app);
}

/** The CSRF token of the first form on a page. */
export function csrfTokenOf(pageHtml: string): string {
  const match = /name="csrf_token" value="([^"]+)"/.exec(pageHtml);
  if (!match?.[1]) throw new Error('no csrf_token on the page');
  return match[1];
}

/** Every hidden field of the first form, as the browser would post them. */
export function hiddenFieldsOf(pageHtml: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const m of pageHtml.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    fields[m[1] as string] = (m[2] as string)
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  }
  return fields;
}

/**
 * What a browser posts for the form with this action: its hidden fields and its ticked
 * checkboxes (one pair each), as a urlencoded body.
 */
export function formBodyOf(pageHtml: string, action: string): string {
  const start = pageHtml.indexOf(`<form method="post" action="${action}">`);
  if (start < 0) throw new Error(`no form for ${action} on the page`);
  const form = pageHtml.slice(start, pageHtml.indexOf('</form>', start));
  const body = new URLSearchParams(hiddenFieldsOf(form));
  for (const m of form.matchAll(
    /<input type="checkbox" name="([^"]+)" value="([^"]*)" checked>/g,
  )) {
    body.append(m[1] as string, m[2] as string);
  }
  return body.toString();
}

export const PASSWORD = 'correct horse battery';

/** Signs up through the pages and returns the signed-in browser. */
export async function signUpAs(
  app: HttpEntry,
  email: string,
  displayName = 'Test Person',
): Promise<Browser> {
  const b = browser(app);
  const form = await b.get('/signup');
  const res = await b
    .post('/signup')
    .type('form')
    .send({
      csrf_token: csrfTokenOf(form.text),
      email,
      display_name: displayName,
      password: PASSWORD,
      timezone: 'Europe/Berlin',
    });
  if (res.status !== 303 || res.headers.location?.startsWith('/signup')) {
    throw new Error(`sign-up failed: ${res.status} ${res.headers.location}`);
  }
  return b;
}
