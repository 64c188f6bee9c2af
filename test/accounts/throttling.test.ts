import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THROTTLES } from '../../src/accounts/throttles.ts';
import { buildApp } from '../../src/app.ts';
import { createLogger } from '../../src/http/logger.ts';
import { createClient } from '../../src/oauth/clients.ts';
import {
  type Browser,
  browser,
  csrfTokenOf,
  hiddenFieldsOf,
  signUpAs,
} from '../support/browser.ts';
import { FakeClock } from '../support/clock.ts';
import { createTestDb, type TestDb } from '../support/db.ts';
import { authorizeUrl } from '../support/oauth.ts';

/**
 * SECURITY.md R7 (OWASP API6): costly flows are throttled per IP and per account, with
 * counters in the database. Sign-in and client registration have their own tests
 * (sign-in.test.ts, register-and-metadata.test.ts); these cover sign-up and consent.
 * Behind one trusted proxy, so each request can come from an IP of its own.
 */
let testDb: TestDb;
let app: Express;
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
      expect((await signUpAttempt(ip, `ip${i}@example.com`)).status).toBe(303);
    }
    const refused = await signUpAttempt(ip, 'one-more@example.com');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signUpAttempt('198.51.100.2', 'other@example.com')).status).toBe(303);
  });

  it('R7: sign-up is throttled per account (the address asked for), whatever the IP', async () => {
    clock.advance(HOUR);
    for (let i = 0; i < THROTTLES.signUpPerAccount.limit; i++) {
      expect((await signUpAttempt(`203.0.113.${i}`, 'Target@example.com')).status).toBe(303);
    }
    expect((await signUpAttempt('203.0.113.200', 'target@EXAMPLE.com')).status).toBe(429);
    expect((await signUpAttempt('203.0.113.201', 'someone-else@example.com')).status).toBe(303);
    clock.advance(HOUR);
    expect((await signUpAttempt('203.0.113.202', 'target@example.com')).status).toBe(303);
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
