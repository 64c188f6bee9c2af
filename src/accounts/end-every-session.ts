import type { Db } from '../db/connect.ts';

/**
 * Signs the person out everywhere: every web session and every app's refresh token end
 * (access tokens follow when a password change is the reason, A17), so whoever knew the old password is out (A17).
 * `keep` is the session (its id hash) of the browser that asked, when it stays signed in.
 */
export async function endEverySession(
  db: Db,
  userId: string,
  options: { keep?: string } = {},
): Promise<void> {
  const sessions = db('sessions').where({ user_id: userId });
  if (options.keep) sessions.whereNot({ id_hash: options.keep });
  await sessions.delete();
  await db('oauth_refresh_tokens')
    .whereIn('grant_id', db('oauth_grants').select('id').where({ user_id: userId }))
    .delete();
}
