import nodemailer from 'nodemailer';
import type { Mail, Mailer } from './mailer.ts';

/** Mail through the SMTP server named by SMTP_URL. */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail: Mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}
