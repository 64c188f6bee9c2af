import type { Transporter } from 'nodemailer';
import type { Mail, Mailer } from './mailer.ts';

/**
 * Mail through the SMTP server named by SMTP_URL. nodemailer is loaded with the first
 * mail, not at start: most starts send none.
 */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  let transport: Promise<Transporter> | undefined;
  return {
    async send(mail: Mail) {
      transport ??= import('nodemailer').then((m) => m.default.createTransport(smtpUrl));
      await (await transport).sendMail({ from, ...mail });
    },
  };
}
