import { expect } from 'vitest';
import type { Scope } from '../../src/auth/principal.ts';
import { seedDemoHousehold } from '../../src/cli/seed-demo.ts';
import { createTestApp, type TestApp, type TestUser } from './app.ts';

export interface DemoApp {
  t: TestApp;
  user: TestUser;
  /** The demo subjects by name; the user's own is `me`. */
  ids: { me: string; Luna: string; Max: string; Sam: string };
  // biome-ignore lint/suspicious/noExplicitAny: a response body, read by the assertions
  get(path: string, user?: TestUser): Promise<Record<string, any>>;
}

/**
 * `tend seed --demo` for a Berlin user on Sunday 2026-11-22 10:00 local time: every
 * number the demo yields is fixed by that clock.
 */
export async function createDemoApp(options: { scopes?: Scope[] } = {}): Promise<DemoApp> {
  const t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
  const user = await t.createUser({ timezone: 'Europe/Berlin', ...options });
  await seedDemoHousehold(t.db, user, t.clock.now());
  const rows: { id: string; name: string; is_self: boolean }[] = await t
    .db('subjects')
    .select('id', 'name', 'is_self')
    .where('user_id', user.id);
  const id = (name: string) => rows.find((row) => row.name === name)?.id as string;
  return {
    t,
    user,
    ids: {
      me: rows.find((row) => row.is_self)?.id as string,
      Luna: id('Luna'),
      Max: id('Max'),
      Sam: id('Sam'),
    },
    async get(path, who = user) {
      const res = await t.request.get(path).set('Authorization', who.auth);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body;
    },
  };
}
