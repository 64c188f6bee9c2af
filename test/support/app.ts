import { Writable } from 'node:stream';
import type { TestClock } from 'pg-boss';
import supertest from 'supertest';
import { createUser, type User } from '../../src/accounts/users.ts';
import { buildApp } from '../../src/app/build-app.ts';
import { createApiKey } from '../../src/auth/api-keys.ts';
import type { Scope } from '../../src/auth/principal.ts';
import type { ChatPolicy } from '../../src/chat/chat-deps.ts';
import type { ChatProvider } from '../../src/chat/providers/provider.ts';
import type { Handlers } from '../../src/contract/handler-types.ts';
import type { Db } from '../../src/db/connect.ts';
import type { HttpEntry } from '../../src/http/api-door.ts';
import { createLogger } from '../../src/http/logger.ts';
import type { JobQueue } from '../../src/jobs/job-queue.ts';
import type { ChangeFeed } from '../../src/live/change-feed.ts';
import type { Outbox } from '../../src/mail/dev-outbox.ts';
import type { Contract } from '../../src/pipeline/contract-pipeline.ts';
import { FakeClock } from './clock.ts';
import { createTestDb } from './db.ts';

export const PUBLIC_URL = 'http://tend.test';

export interface TestUser extends User {
  key: string;
  /** `Authorization` header value for this user's key. */
  auth: string;
}

export interface TestApp {
  app: HttpEntry;
  contract: Contract;
  /** The app's change feed, behind GET /live. */
  changes: ChangeFeed;
  /** The job queue, not started: a test that needs jobs worked calls `jobs.start()`. */
  jobs: JobQueue;
  request: ReturnType<typeof supertest>;
  db: Db;
  clock: FakeClock;
  /** The mails the app sent (no SMTP_URL in tests), newest first. */
  outbox: Outbox;
  /** Every log line written, parsed. */
  logs: Record<string, unknown>[];
  /** The raw log output, for grepping for secrets. */
  rawLogs(): string;
  createUser(options?: { email?: string; timezone?: string; scopes?: Scope[] }): Promise<TestUser>;
  close(): Promise<void>;
}

let userCount = 0;

/** Every `*.example` host as one public documentation address (RFC 5737), nothing else. */
const exampleHosts = async (host: string) => (host.endsWith('.example') ? ['203.0.113.10'] : []);

const jobTime = (jobClock: TestClock) => () => new Date(jobClock.now());

/** The real app on a fresh database with a fake clock and captured logs. */
export async function createTestApp(
  options: {
    handlers?: Partial<Handlers>;
    now?: string;
    validateResponses?: boolean;
    attachmentMaxBytes?: number;
    fetch?: typeof fetch;
    resolve?: (host: string) => Promise<string[]>;
    chatProvider?: ChatProvider;
    chatPolicy?: Partial<ChatPolicy>;
    /**
     * The job queue's clock (pg-boss's TestClock). Given, the app reads its time too, so
     * jobs and the app agree: move time with `jobClock.tick` or `setTime`, not `clock`.
     */
    jobClock?: TestClock;
    /** Where mail goes; without it, the dev outbox keeps it (`outbox`). */
    smtpUrl?: string;
    /**
     * How webhooks resolve host names and fetch. By default every `*.example` host is
     * 203.0.113.10 (a documentation address, public as far as the checks go), nothing else
     * resolves, and the real fetch posts.
     */
    webhookFetch?: {
      resolve?: (host: string) => Promise<string[]>;
      fetch?: typeof fetch;
    };
  } = {},
): Promise<TestApp> {
  const { db, destroy } = await createTestDb();
  const clock = new FakeClock(options.now);
  const now = options.jobClock ? jobTime(options.jobClock) : clock.now;
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const log = createLogger('info', sink);
  const { app, contract, changes, credentials, jobs, outbox } = await buildApp({
    config: {
      publicUrl: PUBLIC_URL,
      validateResponses: options.validateResponses ?? true,
      ...(options.attachmentMaxBytes && { attachmentMaxBytes: options.attachmentMaxBytes }),
      ...(options.smtpUrl && { smtpUrl: options.smtpUrl }),
      // Webhooks may reach the tests' receivers on 127.0.0.1.
      allowLoopbackWebhooks: true,
    },
    db,
    log,
    now,
    handlers: options.handlers,
    ...(options.fetch && { fetch: options.fetch }),
    ...(options.resolve && { resolve: options.resolve }),
    ...(options.chatProvider && { chatProvider: options.chatProvider }),
    ...(options.chatPolicy && { chatPolicy: options.chatPolicy }),
    ...(options.jobClock && { jobClock: options.jobClock }),
    webhookFetch: { resolve: exampleHosts, ...options.webhookFetch },
  });
  return {
    app,
    contract,
    changes,
    jobs,
    request: supertest(app),
    db,
    clock,
    outbox: outbox as Outbox,
    get logs() {
      return chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    rawLogs: () => chunks.join(''),
    async createUser(userOptions = {}) {
      userCount += 1;
      const user = await createUser(db, {
        email: userOptions.email ?? `user${userCount}@example.com`,
        displayName: `User ${userCount}`,
        timezone: userOptions.timezone ?? 'Europe/Berlin',
        now: now(),
      });
      const { key } = await createApiKey(db, {
        userId: user.id,
        name: 'test',
        scopes: userOptions.scopes ?? [
          'tasks:read',
          'tasks:write',
          'records:read',
          'records:write',
        ],
        now: now(),
      });
      return { ...user, key, auth: `Bearer ${key}` };
    },
    async close() {
      // Live streams end first; a listening connection would keep the database open.
      await changes.stop();
      await credentials.stop();
      await jobs.stop();
      await destroy();
    },
  };
}
