import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratorConfig } from '../../src/db/migrate.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { createTestDb, type TestDb } from '../support/db.ts';

const NAME = '0102-chatgpt-client-scopes';
const before = migrations.slice(
  0,
  migrations.findIndex((m) => m.name === NAME),
);
/** The database as it was before this migration existed. */
const untilBefore: Knex.MigratorConfig = {
  ...migratorConfig,
  migrationSource: {
    getMigrations: async () => before,
    getMigrationName: (m: (typeof before)[number]) => m.name,
    getMigration: async (m: (typeof before)[number]) => m,
  },
};

let testDb: TestDb;
const now = new Date('2026-11-30T10:00:00Z');

beforeAll(async () => {
  testDb = await createTestDb({ migrate: false });
  await testDb.db.migrate.latest(untilBefore);
});
afterAll(() => testDb.destroy());

async function insertClient(id: string, kind: string, scopes: string[]) {
  await testDb.db('oauth_clients').insert({
    id,
    name: id,
    secret_hash: 'x',
    redirect_uris: [],
    scopes,
    kind,
    created_at: now,
  });
}

describe(`migration ${NAME}`, () => {
  it('widens an old Connect ChatGPT client to every assistant scope and leaves its grants and other clients alone', async () => {
    const { db } = testDb;
    await insertClient('tc_old_gpt', 'chatgpt_action', ['tasks:read', 'tasks:write']);
    await insertClient('tc_registered', 'registered', ['tasks:read']);
    const [user] = await db('users')
      .insert({
        email: 'old@example.com',
        display_name: 'Old',
        password_hash: 'x',
        timezone: 'UTC',
        created_at: now,
      })
      .returning('id');
    await db('oauth_grants').insert({
      user_id: user.id,
      client_id: 'tc_old_gpt',
      scopes: ['tasks:read', 'tasks:write'],
      created_at: now,
    });

    await db.migrate.up({ ...migratorConfig, name: NAME });

    const scopesOf = async (id: string) =>
      (await db('oauth_clients').where({ id }).first('scopes')).scopes;
    expect(await scopesOf('tc_old_gpt')).toEqual([
      'tasks:read',
      'tasks:write',
      'records:read',
      'records:write',
    ]);
    expect(await scopesOf('tc_registered')).toEqual(['tasks:read']);
    const grant = await db('oauth_grants').where({ client_id: 'tc_old_gpt' }).first('scopes');
    expect(grant.scopes).toEqual(['tasks:read', 'tasks:write']);
  });
});
