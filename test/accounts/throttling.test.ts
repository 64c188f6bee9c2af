import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/build-app.ts';
import type { HttpEntry } from '../../src/http/api-door.ts';
import { createLogger } from '../../src/http/logger.ts';
import { createClient } from '../../src/oauth/clients.ts';
import { SIGN_IN_BACKOFF, THROTTLES } from '../../src/web/throttles.ts';
import {
  type Browser,
  browser,
  csrfTokenOf,
  hiddenFieldsOf,
  PASSWORD,
  signUpAs,
} from '../support/browser.ts';
import { FakeClock } from '../support/clock.ts';
import { createTestDb, type TestDb } from '../support/db.ts';
import { authorizeUrl } from '../support/oauth.ts';

/**
 * docs/security.md R7 (OWASP API6): costly flows are throttled per IP and per account, with
 * counters in the database. Sign-in and client registration have their own tests
 * (sign-in.test.ts, register-and-metadata.test.ts); these cover sign-up and consent.
 * Behind one trusted proxy, so each request can come from an IP of its own.
 */
let testDb: TestDb;
let app: HttpEntry;
const clock = new FakeClock();
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  testDb = await createTestDb();
  ({ app } = await buildApp({
    config: { publicUrl: 'http://tend.test', validateResponses: true, trustProxy: 1 },
    db: testDb.db,
    log: createLogger('silent'),
    now: clock.now,
  }));
});
afterAll(() => testDb.destroy());

/** A sign-up attempt that fails validation after the throttle (no password hash spent). */
async function signUpAttempt(ip: string, email: string) {
  const b = browser(app);
  const form = await b.get('/signup').set('X-Forwarded-For', ip);
  return b
    .post('/signup')
    .set('X-Forwarded-For', ip)
    .type('form')
    .send({ csrf_token: csrfTokenOf(form.text), email, display_name: 'X', password: 'short' });
}

describe('R7: sign-up', () => {
  it('R7: sign-up is throttled per IP', async () => {
    clock.advance(HOUR);
    const ip = '198.51.100.1';
    for (let i = 0; i < THROTTLES.signUpPerIp.limit; i++) {
      expect((await signUpAttempt(ip, `ip${i}@example.com`)).status).toBe(422);
    }
    const refused = await signUpAttempt(ip, 'one-more@example.com');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signUpAttempt('198.51.100.2', 'other@example.com')).status).toBe(422);
  });

  it('R7: sign-up is throttled per account (the address asked for), whatever the IP', async () => {
    clock.advance(HOUR);
    for (let i = 0; i < THROTTLES.signUpPerAccount.limit; i++) {
      expect((await signUpAttempt(`203.0.113.${i}`, 'Target@example.com')).status).toBe(422);
    }
    expect((await signUpAttempt('203.0.113.200', 'target@EXAMPLE.com')).status).toBe(429);
    expect((await signUpAttempt('203.0.113.201', 'someone-else@example.com')).status).toBe(422);
    clock.advance(HOUR);
    expect((await signUpAttempt('203.0.113.202', 'target@example.com')).status).toBe(422);
  });
});

describe('R7: consent', () => {
  let clientId: string;

  beforeAll(async () => {
    ({ clientId } = await createClient(
      testDb.db,
      {
        name: 'Throttled App',
        redirectUris: ['https://app.example/callback'],
        scopes: ['tasks:read'],
        isPublic: false,
      },
      clock.now(),
    ));
  });

  /** The consent form's fields for this browser, to post again and again. */
  async function consentForm(b: Browser, ip: string) {
    const page = await b
      .get(
        authorizeUrl({
          response_type: 'code',
          client_id: clientId,
          redirect_uri: 'https://app.example/callback',
          state: 's',
        }),
      )
      .set('X-Forwarded-For', ip);
    expect(page.status).toBe(200);
    return hiddenFieldsOf(page.text);
  }

  const decide = (b: Browser, ip: string, fields: Record<string, string>) =>
    b
      .post('/oauth/authorize')
      .set('X-Forwarded-For', ip)
      .type('form')
      .send({ ...fields, decision: 'deny' });

  it('R7: consent is throttled per account', async () => {
    clock.advance(HOUR);
    const b = await signUpAs(app, 'consent-account@example.com');
    const fields = await consentForm(b, '192.0.2.1');
    for (let i = 0; i < THROTTLES.consentPerAccount.limit; i++) {
      // A new IP each time: only the per-account counter can refuse.
      expect((await decide(b, `192.0.2.${(i % 200) + 1}`, fields)).status).toBe(303);
    }
    const refused = await decide(b, '192.0.2.250', fields);
    expect(refused.status).toBe(429);
    expect(refused.headers.location).toBeUndefined();
  });

  it('R7: consent is throttled per IP, across accounts', async () => {
    clock.advance(HOUR);
    const ip = '192.0.2.99';
    const perAccount = Math.ceil(THROTTLES.consentPerIp.limit / 3);
    expect(perAccount).toBeLessThan(THROTTLES.consentPerAccount.limit);
    let answered = 0;
    for (const name of ['a', 'b', 'c']) {
      const b = await signUpAs(app, `consent-ip-${name}@example.com`);
      const fields = await consentForm(b, ip);
      for (let i = 0; i < perAccount; i++) {
        expect((await decide(b, ip, fields)).status).toBe(303);
        answered += 1;
      }
    }
    expect(answered).toBe(THROTTLES.consentPerIp.limit);
    const b = await signUpAs(app, 'consent-ip-d@example.com');
    const fields = await consentForm(b, ip);
    expect((await decide(b, ip, fields)).status).toBe(429);
    expect((await decide(b, '192.0.2.98', fields)).status).toBe(303);
  });
});

/** One sign-in from `ip`, as a browser would: the form, then the POST. */
async function signInFrom(ip: string, email: string, password: string) {
  const b = browser(app);
  const form = await b.get('/signin').set('X-Forwarded-For', ip);
  return b
    .post('/signin')
    .set('X-Forwarded-For', ip)
    .type('form')
    .send({ csrf_token: csrfTokenOf(form.text), email, password, return_to: '/account' });
}

describe('R7: sign-in slows the stranger, never the owner', () => {
  it('after 20 wrong passwords from one source, the owner signs in from another at once', async () => {
    clock.advance(HOUR);
    await signUpAs(app, 'owner@example.com');
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      statuses.push(
        (await signInFrom('192.0.2.66', 'owner@example.com', 'wrong password!')).status,
      );
    }
    // Three free tries, then the stranger waits (no time passes between the tries here).
    expect(statuses.slice(0, SIGN_IN_BACKOFF.free)).toEqual([422, 422, 422]);
    expect(statuses.slice(SIGN_IN_BACKOFF.free + 1).every((s) => s === 429)).toBe(true);
    const owner = await signInFrom('198.51.100.77', 'owner@example.com', PASSWORD);
    expect(owner.status).toBe(303);
    expect(owner.headers.location).toBe('/account');
    // Even the right password waits at the stranger's source: a guess there tells nothing.
    const there = await signInFrom('192.0.2.66', 'owner@example.com', PASSWORD);
    expect(there.status).toBe(429);
  }, 120_000);

  it('doubles the wait with each further failure from that source', async () => {
    clock.advance(HOUR);
    await signUpAs(app, 'doubling@example.com');
    const ip = '192.0.2.67';
    const waits: number[] = [];
    for (let i = 0; i < SIGN_IN_BACKOFF.free + 4; i++) {
      const res = await signInFrom(ip, 'doubling@example.com', 'wrong password!');
      if (res.status === 429) {
        const wait = Number(res.headers['retry-after']);
        waits.push(wait);
        clock.advance(wait * 1000);
        // The wait is over: this try is heard (and fails, and the next wait is longer).
        expect((await signInFrom(ip, 'doubling@example.com', 'wrong password!')).status).toBe(422);
      }
    }
    expect(waits).toEqual([1, 2, 4, 8].slice(0, waits.length));
    expect(waits.length).toBeGreaterThanOrEqual(3);
    // The right password, once the wait is over, forgets the failures.
    clock.advance(15 * 60 * 1000);
    expect((await signInFrom(ip, 'doubling@example.com', PASSWORD)).status).toBe(303);
    expect((await signInFrom(ip, 'doubling@example.com', 'wrong password!')).status).toBe(422);
  }, 120_000);

  it('wrong passwords from many sources never lock the owner out', async () => {
    clock.advance(HOUR);
    await signUpAs(app, 'many@example.com');
    for (let i = 0; i < 12; i++) {
      const res = await signInFrom(`203.0.113.${100 + i}`, 'many@example.com', 'wrong password!');
      expect(res.status).toBe(422);
    }
    expect((await signInFrom('198.51.100.78', 'many@example.com', PASSWORD)).status).toBe(303);
  }, 120_000);
});

describe('R7: password reset slows the stranger, never the owner', () => {
  async function askForReset(ip: string, email: string) {
    const b = browser(app);
    const form = await b.get('/forgot-password').set('X-Forwarded-For', ip);
    return b
      .post('/forgot-password')
      .set('X-Forwarded-For', ip)
      .type('form')
      .send({ csrf_token: csrfTokenOf(form.text), email });
  }

  it('a stranger asking for the owner’s address does not stop the owner asking', async () => {
    clock.advance(HOUR);
    const statuses: number[] = [];
    for (let i = 0; i <= THROTTLES.passwordResetPerPair.limit; i++) {
      statuses.push((await askForReset('192.0.2.90', 'reset-owner@example.com')).status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect((await askForReset('198.51.100.90', 'reset-owner@example.com')).status).toBe(303);
  });
});
