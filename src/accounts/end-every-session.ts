import type { Db } from '../db/connect.ts';

/**
 * Signs the person out everywhere: every web session and every app's refresh token end
 * (access tokens follow within 30 s), so whoever knew the old password is out (A17).
 */
export async function endEverySession(db: Db, userId: string): Promise<void> {
  await db('sessions').where({ user_id: userId }).delete();
  await db('oauth_refresh_tokens')
    .whereIn('grant_id', db('oauth_grants').select('id').where({ user_id: userId }))
    .delete();
}
