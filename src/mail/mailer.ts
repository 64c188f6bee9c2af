import type { Logger } from 'pino';

/** One mail, always with a plain-text body; the HTML body is optional. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/**
 * Sends without making the request wait or fail: a slow or broken mail server must not
 * slow sign-up, nor let "forgot password" reveal by its timing whether an account exists.
 * docs/security.md R11: only the subject is logged, never the body with its link.
 */
export function sendInBackground(mailer: Mailer, log: Logger, mail: Mail): void {
  mailer.send(mail).catch((error: unknown) => {
    const { code, responseCode } = error as { code?: string; responseCode?: number };
    log.warn({ subject: mail.subject, code, response_code: responseCode }, 'mail not sent');
  });
}
