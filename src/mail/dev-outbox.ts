import type { Logger } from 'pino';
import type { Mail, Mailer } from './mailer.ts';

/** The outbox keeps this many mails, newest first. */
const KEPT = 50;

export interface SentMail extends Mail {
  sentAt: Date;
}

export interface Outbox extends Mailer {
  /** Newest first. */
  mails(): readonly SentMail[];
}

/**
 * Development without SMTP_URL: a mail is kept in memory for /dev/outbox, and the log
 * names its recipient and subject so the developer knows to look (never the body: R11).
 */
export function createDevOutbox(log: Logger, now: () => Date): Outbox {
  const kept: SentMail[] = [];
  return {
    async send(mail) {
      kept.unshift({ ...mail, sentAt: now() });
      kept.length = Math.min(kept.length, KEPT);
      log.info(
        { to: mail.to, subject: mail.subject },
        'mail kept in the dev outbox at /dev/outbox',
      );
    },
    mails: () => kept,
  };
}
