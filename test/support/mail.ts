import type { Outbox, SentMail } from '../../src/mail/dev-outbox.ts';

/** The newest mail to `to`; fails the test if there is none. */
export function lastMailTo(outbox: Outbox, to: string): SentMail {
  const mail = outbox.mails().find((m) => m.to.toLowerCase() === to.toLowerCase());
  if (!mail) throw new Error(`no mail to ${to}`);
  return mail;
}

/** The token of the first link to `path` in a mail's plain text. */
export function tokenIn(text: string, path: '/verify' | '/reset-password'): string {
  const match = new RegExp(`https?://[^\\s/]+${path}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in the mail`);
  return match[1];
}
