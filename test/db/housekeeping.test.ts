import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumeMailToken, issueMailToken } from '../../src/accounts/mail-tokens.ts';
import { runHousekeeping } from '../../src/app/housekeeping.ts';
import { createSession, SESSION_IDLE_MS } from '../../src/auth/sessions.ts';
import { countAttempt, THROTTLE_RETENTION_MS } from '../../src/http/throttle.ts';
import { createClient } from '../../src/oauth/clients.ts';
import { CODE_TTL_MS, issueCode } from '../../src/oauth/codes.ts';
import { THROTTLES } from '../../src/web/throttles.ts';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
  alice = await t.createUser();
});
afterAll(() => t.close());

const purge = () => runHousekeeping(t.db, t.clock.now());

describe('housekeeping', () => {
  it('deletes idempotency keys once their day is over, and only then', async () => {
    await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .set('Idempotency-Key', 'kept-a-day')
      .send({ title: 'Keyed' });
    t.clock.advance(23 * HOUR);
    expect(await purge()).toMatchObject({ idempotencyKeys: 0 });
    t.clock.advance(HOUR);
    expect(await purge()).toMatchObject({ idempotencyKeys: 1 });
    expect(await t.db('idempotency_keys').where({ key: 'kept-a-day' }).first()).toBeUndefined();
  });

  it('deletes sessions left idle too long or past their absolute end, keeping live ones', async () => {
    await createSession(t.db, alice.id, t.clock.now());
    const idle = await t.db('sessions').where({ user_id: alice.id }).first('id_hash');
    await purge();
    t.clock.advance(SESSION_IDLE_MS);
    await createSession(t.db, alice.id, t.clock.now());
    expect(await purge()).toMatchObject({ sessions: 0 });
    t.clock.advance(1);
    expect(await purge()).toMatchObject({ sessions: 1 });
    expect(await t.db('sessions').where({ id_hash: idle.id_hash }).first()).toBeUndefined();
    // Seen a moment ago but past its absolute end.
    await t
      .db('sessions')
      .where({ user_id: alice.id })
      .update({ last_seen_at: t.clock.now(), expires_at: t.clock.now() });
    expect(await purge()).toMatchObject({ sessions: 1 });
    expect(await t.db('sessions').where({ user_id: alice.id })).toEqual([]);
  });

  it('deletes authorization codes once expired, used or not', async () => {
    const { clientId } = await createClient(
      t.db,
      {
        name: 'App',
        redirectUris: ['https://app.example/cb'],
        scopes: ['tasks:read'],
        isPublic: true,
      },
      t.clock.now(),
    );
    const [grant] = await t
      .db('oauth_grants')
      .insert({
        user_id: alice.id,
        client_id: clientId,
        scopes: ['tasks:read'],
        created_at: t.clock.now(),
      })
      .returning('id');
    const code = {
      grantId: grant.id,
      clientId,
      redirectUri: 'https://app.example/cb',
      codeChallenge: null,
      resource: 'http://tend.test',
      scopes: ['tasks:read'],
    };
    await issueCode(t.db, code, t.clock.now());
    await issueCode(t.db, code, t.clock.now());
    await t.db('oauth_codes').limit(1).update({ consumed_at: t.clock.now() });
    t.clock.advance(CODE_TTL_MS - 1);
    expect(await purge()).toMatchObject({ authorizationCodes: 0 });
    t.clock.advance(1);
    expect(await purge()).toMatchObject({ authorizationCodes: 2 });
  });

  it('deletes throttle counters a day after their window started, longer than any window', async () => {
    for (const rule of Object.values(THROTTLES)) {
      expect(rule.windowMs, rule.name).toBeLessThanOrEqual(THROTTLE_RETENTION_MS);
    }
    await purge();
    await countAttempt(t.db, THROTTLES.signInPerIp, '198.51.100.1', t.clock.now());
    t.clock.advance(THROTTLE_RETENTION_MS - 1);
    expect(await purge()).toMatchObject({ throttleCounters: 0 });
    t.clock.advance(1);
    expect(await purge()).toMatchObject({ throttleCounters: 1 });
  });

  it('deletes mailed links once used or expired', async () => {
    const issue = (purpose: 'verify_email' | 'reset_password') =>
      issueMailToken(t.db, { userId: alice.id, purpose, email: alice.email }, t.clock.now());
    const used = await issue('reset_password');
    await issue('reset_password');
    await issue('verify_email');
    await consumeMailToken(t.db, 'reset_password', used, t.clock.now());
    expect(await purge()).toMatchObject({ mailTokens: 1 });
    t.clock.advance(HOUR);
    expect(await purge()).toMatchObject({ mailTokens: 1 });
    t.clock.advance(23 * HOUR - 1);
    expect(await purge()).toMatchObject({ mailTokens: 0 });
    t.clock.advance(1);
    expect(await purge()).toMatchObject({ mailTokens: 1 });
    expect(await t.db('mail_tokens')).toEqual([]);
  });
});

describe('housekeeping of reminders', () => {
  it('deletes reminders sent more than 30 days ago and snoozes long over', async () => {
    const task = await t.request
      .post('/v1/tasks')
      .set('Authorization', alice.auth)
      .send({ title: 'Reminded long ago' });
    const at = t.clock.now();
    await t.db('reminder_sends').insert({
      user_id: alice.id,
      kind: 'due',
      channel: 'mail',
      task_id: task.body.id,
      remind_at: at,
      created_at: at,
      sent_at: at,
    });
    await t.db('task_snoozes').insert({ task_id: task.body.id, user_id: alice.id, until: at });
    t.clock.advance(29 * 24 * HOUR);
    expect(await purge()).toMatchObject({ reminderSends: 0 });
    expect(await t.db('task_snoozes').where({ task_id: task.body.id })).toEqual([]);
    t.clock.advance(2 * 24 * HOUR);
    expect(await purge()).toMatchObject({ reminderSends: 1 });
    expect(await t.db('reminder_sends').where({ task_id: task.body.id })).toEqual([]);
  });
});
