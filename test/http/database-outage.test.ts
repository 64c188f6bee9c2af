import { Writable } from 'node:stream';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/accounts/users.ts';
import { buildApp } from '../../src/app/build-app.ts';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { connectDb, type Db } from '../../src/db/connect.ts';
import { createLogger } from '../../src/http/logger.ts';
import { createTestDb, type TestDb } from '../support/db.ts';

let healthy: TestDb;
let key: string;
let down: Db;
/** What knex said about the failed connections: expected here, so kept off the console. */
const driverWarnings: string[] = [];

beforeAll(async () => {
  healthy = await createTestDb();
  const user = await createUser(healthy.db, {
    email: 'o@example.com',
    displayName: 'O',
    timezone: 'UTC',
    now: new Date(),
  });
  key = (
    await createApiKey(healthy.db, {
      userId: user.id,
      name: 'k',
      scopes: ['tasks:read'],
      now: new Date(),
    })
  ).key;
  // Nothing listens on port 9: every query fails to connect.
  const sink = new Writable({
    write(chunk, _encoding, done) {
      driverWarnings.push(chunk.toString());
      done();
    },
  });
  down = await connectDb({
    databaseUrl: 'postgres://postgres@127.0.0.1:9/none',
    log: createLogger('warn', sink),
  });
});
afterAll(async () => {
  await down.destroy();
  await healthy.destroy();
});

describe('a database outage', () => {
  it('answers 503 problem+json with Retry-After, on the API, MCP and /readyz', async () => {
    const { app } = await buildApp({
      // The token secret is given, as production requires; otherwise it is read from the
      // database, which is down.
      config: {
        publicUrl: 'http://tend.test',
        validateResponses: true,
        tokenSecret: 'a-test-secret-of-at-least-thirty-two-characters',
      },
      db: down,
      log: createLogger('silent'),
    });
    const api = await supertest(app).get('/v1/tasks').set('Authorization', `Bearer ${key}`);
    expect(api.status).toBe(503);
    expect(api.headers['retry-after']).toBe('5');
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(api.body).toMatchObject({
      code: 'database_unavailable',
      hint: expect.stringMatching(/try again/i),
    });
    const mcp = await supertest(app)
      .post('/mcp')
      .set('Authorization', `Bearer ${key}`)
      .send({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
    expect(mcp.status).toBe(503);
    const ready = await supertest(app).get('/readyz');
    expect(ready.status).toBe(503);
    expect((await supertest(app).get('/healthz')).status).toBe(200);
    expect(driverWarnings.join('')).toMatch(/Acquire connection error.*ECONNREFUSED/);
  });

  it('recovers by itself once the database answers again', async () => {
    const { app } = await buildApp({
      config: { publicUrl: 'http://tend.test', validateResponses: true },
      db: healthy.db,
      log: createLogger('silent'),
    });
    expect(
      (await supertest(app).get('/v1/tasks').set('Authorization', `Bearer ${key}`)).status,
    ).toBe(200);
  });
});
