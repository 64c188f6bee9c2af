import type { Logger } from 'pino';
import type { Db } from '../db/connect.ts';
import { type Mailer, sendInBackground } from '../mail/mailer.ts';
import { issueMailToken } from './mail-tokens.ts';
import { verificationMail } from './mails.ts';

export interface MailDeps {
  db: Db;
  now: () => Date;
  log: Logger;
  mailer: Mailer;
  publicUrl: string;
}

/** Mails a fresh link that proves the person reads `email`. */
export async function sendVerificationMail(
  deps: MailDeps,
  user: { id: string; email: string; display_name: string },
): Promise<void> {
  const token = await issueMailToken(
    deps.db,
    { userId: user.id, purpose: 'verify_email', email: user.email },
    deps.now(),
  );
  const link = `${deps.publicUrl}/verify?token=${encodeURIComponent(token)}`;
  sendInBackground(deps.mailer, deps.log, verificationMail(user, link));
}

/** Marks the address verified, but only if it is still the one the link was sent to. */
export async function markEmailVerified(
  db: Db,
  userId: string,
  email: string,
  now: Date,
): Promise<boolean> {
  const updated = await db('users')
    .where({ id: userId })
    .whereRaw('lower(email) = lower(?)', [email])
    .update({ email_verified_at: db.raw('coalesce(email_verified_at, ?)', [now]) })
    .returning('id');
  return updated.length === 1;
}
