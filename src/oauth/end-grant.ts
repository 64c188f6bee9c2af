import { revokeGrant } from './grants.ts';
import type { OAuthDeps } from './oauth-deps.ts';

/**
 * Revokes a grant and drops its cached checks on this instance at once; other instances
 * drop theirs on the database's notice (docs/security.md A19).
 */
export async function endGrant(
  deps: Pick<OAuthDeps, 'db' | 'now' | 'credentials'>,
  grantId: string,
): Promise<void> {
  const userId = await revokeGrant(deps.db, grantId, deps.now());
  if (userId) deps.credentials.forget(userId);
}
