import type { Db } from '../db/connect.ts';
import { issueMailToken } from './mail-tokens.ts';

/** Long enough for an administrator to hand the link over, short enough not to linger. */
export const SET_PASSWORD_LINK_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * A one-time link for a person made on the command line to choose their first password:
 * the password-reset page and token (used once, then every other one ends), given to the
 * administrator instead of mailed.
 */
export async function setPasswordLink(
  db: Db,
  user: { id: string; email: string },
  publicUrl: string,
  now: Date,
): Promise<string> {
  const token = await issueMailToken(
    db,
    {
      userId: user.id,
      purpose: 'reset_password',
      email: user.email,
      ttlMs: SET_PASSWORD_LINK_TTL_MS,
    },
    now,
  );
  return `${publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
}
