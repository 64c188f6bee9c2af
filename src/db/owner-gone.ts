/**
 * A write refused because the account it belongs to no longer exists: the row names a
 * user (or an owner) that was deleted after the request's credentials were checked and
 * cached. Constraint names are knex's, `<table>_<column>_foreign`.
 */
export function isOwnerGone(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string } | null;
  return e?.code === '23503' && /_(user|owner)_id_foreign$/.test(e.constraint ?? '');
}
