import type { Scope } from '../auth/principal.ts';
import type { Db } from '../db/connect.ts';

export type Entity = 'task' | 'subject' | 'record';
export const ENTITIES: readonly Entity[] = ['task', 'subject', 'record'];

/**
 * A row as the journal keeps it: every column, as PostgreSQL's to_jsonb writes it, but
 * those the database generates (due_sort, search_tsv, care_key), which an undo cannot
 * write back.
 */
export type Snapshot = Record<string, unknown>;

export interface EntityKind {
  table: 'tasks' | 'subjects' | 'records';
  readScope: Scope;
  writeScope: Scope;
  /** The row by user and id, deleted or not, locked until the transaction ends. */
  snapshotSql: string;
  /**
   * The same snapshot of a row `t` a statement has just written (its RETURNING), and the
   * join it needs, so a write and its journal entry can be one statement.
   */
  writtenSnapshot: { row: string; join: string };
  /** What hides the item from the API: a soft delete, or a subject's archiving. */
  hiddenBy: 'deleted_at' | 'archived_at';
  /** Columns holding instants, which to_jsonb writes as text. */
  instants: readonly string[];
  serialize(row: never, zone: string, now: Date, inList: boolean): Record<string, unknown>;
}

let kinds: Readonly<Record<Entity, EntityKind>> | undefined;

/**
 * The kinds of item the journal keeps, each defined by its own domain and handed to
 * activity by the app when it is built (src/app/entity-kinds.ts): the journal knows how to
 * snapshot, show and restore an item without importing the domains that own them.
 */
export function useEntityKinds(given: Readonly<Record<Entity, EntityKind>>): void {
  kinds = given;
}

export function kindOf(entity: Entity): EntityKind {
  if (!kinds) throw new Error('the journal has no entity kinds: build the app first');
  return kinds[entity];
}

export async function snapshot(
  db: Db,
  entity: Entity,
  userId: string,
  id: string,
): Promise<Snapshot | undefined> {
  const { rows } = await db.raw(kindOf(entity).snapshotSql, [userId, id]);
  return rows[0]?.row;
}

/**
 * The item as its get operation shows it, or null while it is deleted (an archived
 * subject is still shown, as `archived: true`).
 */
export function present(
  entity: Entity,
  snap: Snapshot | null,
  zone: string,
  now: Date,
  inList = true,
): Record<string, unknown> | null {
  if (snap === null || (entity !== 'subject' && snap.deleted_at != null)) return null;
  return view(entity, snap, zone, now, inList);
}

function view(entity: Entity, snap: Snapshot, zone: string, now: Date, inList: boolean) {
  const kind = kindOf(entity);
  const row: Record<string, unknown> = { ...snap };
  for (const column of kind.instants) {
    if (typeof row[column] === 'string') row[column] = new Date(row[column] as string);
  }
  return kind.serialize(row as never, zone, now, inList);
}

// Derived from other fields or from the clock, or bumped by any write: not a change.
const NOT_CHANGES = new Set(['updated_at', 'subject_name', 'overdue', 'age_text', 'next_birthday']);

export interface FieldChange {
  field: string;
  entry_left: unknown;
  current: unknown;
}

/** The fields, as the API names them, in which two snapshots of one item differ. */
export function fieldChanges(
  entity: Entity,
  from: Snapshot,
  to: Snapshot,
  zone: string,
  now: Date,
): FieldChange[] {
  const fields = (snap: Snapshot) => ({
    ...view(entity, snap, zone, now, false),
    ...(entity !== 'subject' && { deleted: snap.deleted_at != null }),
  });
  const a: Record<string, unknown> = fields(from);
  const b: Record<string, unknown> = fields(to);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => !NOT_CHANGES.has(key) && JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .map((key) => ({ field: key, entry_left: a[key] ?? null, current: b[key] ?? null }));
}

// Kept by an undo: identity, history, and what the database or a join supplies.
const NOT_RESTORED = new Set(['id', 'created_at', 'updated_at', 'subject_name', 'is_self']);

/** Writes an earlier snapshot's columns back: the undo of an update, delete or complete. */
export async function restore(
  db: Db,
  entity: Entity,
  userId: string,
  id: string,
  snap: Snapshot,
  now: Date,
): Promise<void> {
  const columns = Object.fromEntries(
    Object.entries(snap).filter(([column]) => !NOT_RESTORED.has(column)),
  );
  await db(kindOf(entity).table)
    .where({ user_id: userId, id })
    .update({ ...columns, updated_at: now });
}

/** Hides an item as its delete does: the undo of a create. */
export async function hide(
  db: Db,
  entity: Entity,
  userId: string,
  id: string,
  now: Date,
): Promise<void> {
  await db(kindOf(entity).table)
    .where({ user_id: userId, id })
    .update({ [kindOf(entity).hiddenBy]: now, updated_at: now });
}
