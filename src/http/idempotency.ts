import { createHash } from 'node:crypto';
import { HttpError } from '../contract/problem.ts';
import type { Reply } from '../contract/reply.ts';
import type { Db } from '../db/connect.ts';

/** draft-ietf-httpapi-idempotency-key-header §2: keys expire; Tend keeps them a day. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** Longer than any request runs (ChatGPT gives up after 45 s). */
export const ABANDONED_MS = 5 * 60 * 1000;
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
 * Runs a write at most once per user and Idempotency-Key: the first reply (below 500) is
 * stored for a day and replayed on a retry; a retry while the first still runs is a 409,
 * and the same key with another request a 422 (draft-ietf-httpapi-idempotency-key-header §2.6).
 */
export async function withIdempotency(
  db: Db,
  now: () => Date,
  request: IdempotentRequest,
  run: () => Promise<Reply>,
): Promise<Reply> {
  const method = request.method.toUpperCase();
  if (!WRITE_METHODS.has(method) || request.header === undefined) return run();
  const key = parseKey(request.header);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([method, request.path, request.body ?? null]))
    .digest('hex');
  const earlier = await claimKey(db, request.userId, key, fingerprint, now());
  if (earlier) return earlier;
  const where = { user_id: request.userId, key };
  let reply: Reply;
  try {
    reply = await run();
  } catch (error) {
    await db('idempotency_keys').where(where).delete();
    throw error;
  }
  // A server error is not an answer: the retry should run again.
  if (reply.status >= 500) await db('idempotency_keys').where(where).delete();
  else {
    await db('idempotency_keys')
      .where(where)
      .update({
        state: 'done',
        response_status: reply.status,
        response_headers: JSON.stringify(reply.headers ?? {}),
        response_content_type: reply.contentType ?? null,
        response_body: reply.body === undefined ? null : JSON.stringify(reply.body),
      });
  }
  return reply;
}

/** Takes the key for this request; returns the reply to give instead when it is taken. */
async function claimKey(
  db: Db,
  userId: string,
  key: string,
  fingerprint: string,
  at: Date,
): Promise<Reply | undefined> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const claimed = await db('idempotency_keys')
      .insert({
        user_id: userId,
        key,
        fingerprint,
        state: 'in_flight',
        created_at: at,
        expires_at: new Date(at.getTime() + IDEMPOTENCY_TTL_MS),
      })
      .onConflict(['user_id', 'key'])
      .ignore()
      .returning('key');
    if (claimed.length > 0) return undefined;
    const row = await db('idempotency_keys').where({ user_id: userId, key }).first();
    if (!row) continue;
    // A key still in flight long after any request could take was left by a process
    // that died mid-request; the retry takes it over rather than waiting a day.
    const abandoned =
      row.state === 'in_flight' && row.created_at.getTime() <= at.getTime() - ABANDONED_MS;
    if (row.expires_at <= at || abandoned) {
      await db('idempotency_keys')
        .where({ user_id: userId, key, created_at: row.created_at })
        .delete();
      continue;
    }
    if (row.fingerprint !== fingerprint) throw keyReused();
    if (row.state === 'in_flight') throw inFlight();
    return {
      status: row.response_status,
      body: row.response_body === null ? undefined : JSON.parse(row.response_body),
      headers: { ...JSON.parse(row.response_headers ?? '{}'), 'Idempotent-Replayed': 'true' },
      ...(row.response_content_type && { contentType: row.response_content_type }),
    };
  }
  throw inFlight();
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
    throw new HttpError({
      status: 400,
      code: 'invalid_idempotency_key',
      title: 'Invalid Idempotency-Key',
      detail: 'Idempotency-Key must be one string of 1 to 255 printable characters.',
      hint: 'Send a fresh unique key, such as a UUID, once per intended change.',
      errors: [{ pointer: '/header/idempotency-key', reason: 'is not a valid key' }],
    });
  }
  return match[1] as string;
}

function inFlight(): HttpError {
  return new HttpError({
    status: 409,
    code: 'idempotency_request_in_flight',
    title: 'Request in progress',
    detail: 'A request with this Idempotency-Key is still being processed.',
    hint: 'Wait a moment, then retry with the same key to get its answer.',
    headers: { 'Retry-After': '1' },
  });
}

function keyReused(): HttpError {
  return new HttpError({
    status: 422,
    code: 'idempotency_key_reused',
    title: 'Idempotency-Key reused',
    detail: 'This Idempotency-Key was used for a different request.',
    hint: 'Use a new key for a new change; reuse a key only to retry the very same request.',
  });
}
