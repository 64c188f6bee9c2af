import { createHash } from 'node:crypto';
import type { Reply } from '../contract/reply.ts';
import {
  idempotencyKeyReused,
  idempotencyRequestInFlight,
  invalidIdempotencyKey,
} from '../core/problems/idempotency.ts';
import type { Db } from '../db/connect.ts';

/** draft-ietf-httpapi-idempotency-key-header §2: keys expire; Tend keeps them a day. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const WRITE_METHODS = new Set(['POST', 'PATCH', 'DELETE']);
// An sf-string (RFC 8941 §3.3.3), quoted or, leniently, bare.
const KEY = /^"?([\x20-\x21\x23-\x5b\x5d-\x7e]{1,255})"?$/;

export interface IdempotentRequest {
  userId: string;
  method: string;
  path: string;
  body: unknown;
  header: string | string[] | undefined;
}

/**
 * How long a retry waits for the request holding its key before answering 409: the
 * holder usually finishes within this, and the retry then replays its answer.
 */
export const IN_FLIGHT_WAIT_MS = 1_000;
const LOCK_POLL_MS = 25;

/** Keys this process is running now: a second request with one waits on the first. */
const running = new Map<string, Promise<unknown>>();

/**
 * Runs a write at most once per user and Idempotency-Key: the first reply (below 500) is
 * stored for a day and replayed on a retry; a retry while the first still runs is a 409,
 * and the same key with another request a 422 (draft-ietf-httpapi-idempotency-key-header §2.6).
 *
 * The write and its stored reply commit in one transaction, handed to `run` as its
 * database, so after any failure (a crash, a lost connection, a restart) either both exist
 * or neither does, and a retry replays the one or runs the write exactly once. A key is
 * "in flight" only while a transaction holds its advisory lock (released by PostgreSQL
 * when the holder commits, rolls back or dies), so nothing is left behind to wait out.
 */
export async function withIdempotency(
  db: Db,
  now: () => Date,
  request: IdempotentRequest,
  run: (db: Db) => Promise<Reply>,
): Promise<Reply> {
  const method = request.method.toUpperCase();
  if (!WRITE_METHODS.has(method) || request.header === undefined) return run(db);
  const key = parseKey(request.header);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([method, request.path, request.body ?? null]))
    .digest('hex');
  const name = `${request.userId}\u0000${key}`;
  // Within one process (PGlite's only one) a retry waits here, holding no connection:
  // with a single connection, waiting on the lock inside a transaction would deadlock.
  const deadline = Date.now() + IN_FLIGHT_WAIT_MS;
  for (let holder = running.get(name); holder; holder = running.get(name)) {
    const left = deadline - Date.now();
    const finished = left > 0 && (await Promise.race([holder.then(() => true), delay(left)]));
    if (!finished) throw idempotencyRequestInFlight();
  }
  const attempt = runOnce(db, now, { userId: request.userId, key, fingerprint, name }, run);
  // Released before anyone waiting on it resumes, so they find the key free.
  const release = () => {
    if (running.get(name) === settled) running.delete(name);
  };
  const settled: Promise<void> = attempt.then(release, release);
  running.set(name, settled);
  return attempt;
}

interface KeyRef {
  userId: string;
  key: string;
  fingerprint: string;
  name: string;
}

async function runOnce(
  db: Db,
  now: () => Date,
  ref: KeyRef,
  run: (db: Db) => Promise<Reply>,
): Promise<Reply> {
  try {
    return await db.transaction(async (trx) => {
      await lockKey(trx, ref.userId, ref.key);
      const at = now();
      const earlier = await storedReply(trx, ref, at);
      if (earlier) throw new Unstored(earlier);
      const reply = await run(trx);
      // A server error is not an answer: it is rolled back with whatever the write did,
      // and the retry runs again.
      if (reply.status >= 500) throw new Unstored(reply);
      await trx('idempotency_keys').insert({
        user_id: ref.userId,
        key: ref.key,
        fingerprint: ref.fingerprint,
        state: 'done',
        response_status: reply.status,
        response_headers: JSON.stringify(reply.headers ?? {}),
        response_content_type: reply.contentType ?? null,
        response_body: reply.body === undefined ? null : JSON.stringify(reply.body),
        created_at: at,
        expires_at: new Date(at.getTime() + IDEMPOTENCY_TTL_MS),
      });
      return reply;
    });
  } catch (error) {
    if (error instanceof Unstored) return error.reply;
    throw error;
  }
}

/** A reply given without committing: the transaction is rolled back by throwing this. */
class Unstored extends Error {
  constructor(readonly reply: Reply) {
    super('reply not stored');
  }
}

/**
 * Takes the transaction-scoped advisory lock on the key, waiting at most IN_FLIGHT_WAIT_MS
 * for another instance's request holding it; polled, so the wait is bounded on any server.
 */
async function lockKey(trx: Db, userId: string, key: string): Promise<void> {
  const id = idempotencyLockId(userId, key);
  const deadline = Date.now() + IN_FLIGHT_WAIT_MS;
  for (;;) {
    const result = await trx.raw('select pg_try_advisory_xact_lock(?::bigint) as locked', [id]);
    if (result.rows[0]?.locked === true) return;
    if (Date.now() >= deadline) throw idempotencyRequestInFlight();
    await delay(LOCK_POLL_MS);
  }
}

/** A signed 64-bit lock id from the user and key (advisory locks take a bigint). */
export function idempotencyLockId(userId: string, key: string): string {
  return createHash('sha256').update(`${userId}\u0000${key}`).digest().readBigInt64BE(0).toString();
}

/** The stored reply to replay for this key, if a committed request left one. */
async function storedReply(trx: Db, ref: KeyRef, at: Date): Promise<Reply | undefined> {
  const where = { user_id: ref.userId, key: ref.key };
  const row = await trx('idempotency_keys').where(where).first();
  if (!row) return undefined;
  // Past its day the key is forgotten. A row still `in_flight` was written by an earlier
  // version of Tend, which claimed keys before running them; no request holds it now.
  if (row.expires_at <= at || row.state === 'in_flight') {
    await trx('idempotency_keys').where(where).delete();
    return undefined;
  }
  if (row.fingerprint !== ref.fingerprint) throw idempotencyKeyReused();
  return {
    status: row.response_status,
    body: row.response_body === null ? undefined : JSON.parse(row.response_body),
    headers: { ...JSON.parse(row.response_headers ?? '{}'), 'Idempotent-Replayed': 'true' },
    ...(row.response_content_type && { contentType: row.response_content_type }),
  };
}

function delay(ms: number): Promise<false> {
  return new Promise((resolve) => setTimeout(() => resolve(false), ms));
}

/** Forgets keys past their day; the server calls it periodically. */
export async function purgeExpiredIdempotencyKeys(db: Db, at: Date): Promise<number> {
  const purged = await db('idempotency_keys')
    .where('expires_at', '<=', at)
    .delete()
    .returning('key');
  return purged.length;
}

function parseKey(header: string | string[]): string {
  const value = Array.isArray(header) ? header : [header];
  const match = value.length === 1 ? KEY.exec((value[0] as string).trim()) : null;
  if (!match) {
    throw invalidIdempotencyKey();
  }
  return match[1] as string;
}
