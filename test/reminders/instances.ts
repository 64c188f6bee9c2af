import { Writable } from 'node:stream';
import knex from 'knex';
import { TestClock } from 'pg-boss';
import supertest from 'supertest';
import { createUser } from '../../src/accounts/users.ts';
import { type App, buildApp } from '../../src/app/build-app.ts';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { type Db, isPglite } from '../../src/db/connect.ts';
import { createLogger } from '../../src/http/logger.ts';
import { PUBLIC_URL } from '../support/app.ts';
import { createTestDb, type TestDb } from '../support/db.ts';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp.ts';
import { type PushStandIn, startPushServer } from '../support/stand-ins/push-server.ts';

export interface Instances {
  db: Db;
  clock: TestClock;
  /** Every instance, each with its job queue started. */
  apps: App[];
  /** The first instance's API. */
  request: ReturnType<typeof supertest>;
  smtp: TestSmtpServer;
  push: PushStandIn;
  logs(): string;
  person(p: { timezone?: string; verified?: boolean }): Promise<Person>;
  /** Moves the job queues' clock forward to `iso`, a minute at a time. */
  runUntil(iso: string): Promise<void>;
  close(): Promise<void>;
}

export interface Person {
  id: string;
  email: string;
  auth: string;
}

let people = 0;

/**
 * Tend as it runs behind a load balancer: `count` instances on one database (on PostgreSQL
 * each with its own pool), every job queue started and sharing pg-boss's TestClock, mail
 * through a real SMTP server and Web Push to the push service stand-in.
 */
export async function startInstances(count: number, start: string): Promise<Instances> {
  const testDb: TestDb = await createTestDb();
  const clock = new TestClock(start);
  const now = () => new Date(clock.now());
  const smtp = await startSmtpServer();
  const push = await startPushServer();
  const chunks: string[] = [];
  const log = createLogger(
    'info',
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    }),
  );
  const extraDbs: Db[] = [];
  const apps: App[] = [];
  for (let i = 0; i < count; i++) {
    let db = testDb.db;
    if (i > 0 && !isPglite(testDb.db)) {
      db = knex({
        client: 'pg',
        connection: testDb.db.client.config.connection,
        pool: { min: 0, max: 5 },
      });
      extraDbs.push(db);
    }
    apps.push(
      await buildApp({
        config: {
          publicUrl: PUBLIC_URL,
          validateResponses: true,
          smtpUrl: smtp.url,
          vapidSubject: 'mailto:operator@tend.test',
        },
        db,
        log,
        now,
        jobClock: clock,
        allowLoopbackPush: true,
      }),
    );
  }
  for (const app of apps) await app.jobs.start();
  const first = apps[0] as App;
  return {
    db: testDb.db,
    clock,
    apps,
    request: supertest(first.app),
    smtp,
    push,
    logs: () => chunks.join(''),
    async person({ timezone = 'Europe/Berlin', verified = true }) {
      people += 1;
      const email = `reminded${people}@example.com`;
      const user = await createUser(testDb.db, {
        email,
        displayName: `Person ${people}`,
        timezone,
        now: now(),
      });
      if (verified) {
        await testDb.db('users').where({ id: user.id }).update({ email_verified_at: now() });
      }
      const { key } = await createApiKey(testDb.db, {
        userId: user.id,
        name: 'test',
        scopes: ['tasks:read', 'tasks:write', 'records:read', 'records:write', 'account'],
        now: now(),
      });
      return { id: user.id, email, auth: `Bearer ${key}` };
    },
    async runUntil(iso) {
      const target = Date.parse(iso);
      while (clock.now() < target) await clock.tick(Math.min(60_000, target - clock.now()));
    },
    async close() {
      for (const app of apps) {
        await app.jobs.stop();
        await app.changes.stop();
        await app.credentials.stop();
      }
      for (const db of extraDbs) await db.destroy();
      await smtp.close();
      await push.close();
      await testDb.destroy();
    },
  };
}
