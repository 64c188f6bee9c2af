import type { Logger } from 'pino';
import { createDevOutbox, type Outbox } from './dev-outbox.ts';
import type { Mailer } from './mailer.ts';
import { createSmtpMailer } from './smtp-mailer.ts';

/** The settings mail needs (app/config.ts reads them from the environment). */
export interface MailConfig {
  publicUrl: string;
  nodeEnv?: string | undefined;
  smtpUrl?: string | undefined;
  mailFrom?: string | undefined;
}

/**
 * SMTP when SMTP_URL is set; otherwise, outside production, the dev outbox. `outbox` is
 * set only in the second case, and only then is /dev/outbox served.
 */
export function createMailer(
  config: MailConfig,
  log: Logger,
  now: () => Date,
): { mailer: Mailer; outbox?: Outbox } {
  if (config.smtpUrl) {
    const from = config.mailFrom ?? `Tend <no-reply@${new URL(config.publicUrl).hostname}>`;
    return { mailer: createSmtpMailer(config.smtpUrl, from) };
  }
  if (config.nodeEnv === 'production') {
    // loadConfig refuses this already; an app built by hand must not fall back silently.
    throw new Error('SMTP_URL is required in production');
  }
  const outbox = createDevOutbox(log, now);
  return { mailer: outbox, outbox };
}
