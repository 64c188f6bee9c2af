import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator } from '../../src/auth/authenticate.ts';
import { createCredentialCaches } from '../../src/auth/credential-caches.ts';
import { createLogger } from '../../src/http/logger.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function authenticator() {
  const caches = createCredentialCaches();
  const auth = createAuthenticator({
    db: t.db,
    now: t.clock.now,
    log: createLogger('silent'),
    caches,
  });
  return { caches, auth };
}

describe('the credential caches', () => {
  it('forget drops one person’s keys and keeps everyone else’s', async () => {
    const { caches, auth } = authenticator();
    const [ann, ben] = [await t.createUser(), await t.createUser()];
    const token = (u: { key: string }) => u.key;
    expect((await auth.authenticate(token(ann)))?.userId).toBe(ann.id);
    expect((await auth.authenticate(token(ben)))?.userId).toBe(ben.id);
    await t.db('api_keys').update({ revoked_at: t.clock.now() });
    caches.forget(ann.id);
    // The clock stands still: only what was forgotten is looked up again.
    expect(await auth.authenticate(token(ann))).toBeNull();
    expect((await auth.authenticate(token(ben)))?.userId).toBe(ben.id);
    caches.forgetAll();
    expect(await auth.authenticate(token(ben))).toBeNull();
  });

  it('a lookup under way when its person is forgotten is not cached', async () => {
    const { caches, auth } = authenticator();
    const cat = await t.createUser();
    // The query reads the key as live; the person is forgotten before it answers …
    const pending = auth.authenticate(cat.key);
    caches.forget(cat.id);
    expect((await pending)?.userId).toBe(cat.id);
    // … and the key is then revoked: a cached answer would still let it in.
    await t.db('api_keys').where({ user_id: cat.id }).update({ revoked_at: t.clock.now() });
    expect(await auth.authenticate(cat.key)).toBeNull();
  });
});
