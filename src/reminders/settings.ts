import type { Db } from '../db/connect.ts';

export type MailMode = 'off' | 'due_time' | 'digest';

export interface ReminderSettings {
  mailMode: MailMode;
  /** Local hour (0–23) of the digest, and of reminders for tasks due on a day. */
  digestHour: number;
  pushEnabled: boolean;
}

/** What a person has before choosing: no mail until they opt in (docs/reminders.md). */
export const DEFAULT_SETTINGS: ReminderSettings = {
  mailMode: 'off',
  digestHour: 8,
  pushEnabled: true,
};

export async function readSettings(db: Db, userId: string): Promise<ReminderSettings> {
  const row = await db('reminder_settings')
    .where({ user_id: userId })
    .first('mail_mode', 'digest_hour', 'push_enabled');
  if (!row) return DEFAULT_SETTINGS;
  return { mailMode: row.mail_mode, digestHour: row.digest_hour, pushEnabled: row.push_enabled };
}

export async function saveSettings(
  db: Db,
  userId: string,
  changes: Partial<ReminderSettings>,
  now: Date,
): Promise<ReminderSettings> {
  const next = { ...(await readSettings(db, userId)), ...changes };
  await db('reminder_settings')
    .insert({
      user_id: userId,
      mail_mode: next.mailMode,
      digest_hour: next.digestHour,
      push_enabled: next.pushEnabled,
      updated_at: now,
    })
    .onConflict('user_id')
    .merge();
  return next;
}

/** Whether mail may go to the person: only to an address they proved they read. */
export async function mailAddress(db: Db, userId: string): Promise<string | undefined> {
  const user = await db('users').where({ id: userId }).first('email', 'email_verified_at');
  return user?.email_verified_at ? user.email : undefined;
}
