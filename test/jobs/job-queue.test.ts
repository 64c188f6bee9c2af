import { TestClock } from 'pg-boss';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connect.ts';
import { createJobQueue, type JobQueue } from '../../src/jobs/job-queue.ts';
import { createTestDb, type TestDb } from '../support/db.ts';

const log = pino({ level: 'silent' });

describe('the job queue', () => {
  let testDb: TestDb;
  let db: Db;
  let clock: TestClock;
  let queue: JobQueue;
  const attempts: { at: string; retry: number }[] = [];

  beforeEach(async () => {
    testDb = await createTestDb();
    db = testDb.db;
    attempts.length = 0;
    clock = new TestClock('2026-03-28T06:00:00Z');
    queue = createJobQueue({ db, log, clock });
    queue.define<{ n: number }>({
      name: 'flaky',
      options: { retryLimit: 5, retryDelay: 30, retryBackoff: true },
      pollingIntervalSeconds: 1,
      async work(job) {
        attempts.push({ at: new Date(clock.now()).toISOString(), retry: job.retryCount });
        if (attempts.length < 3) throw new Error('not yet');
      },
    });
    await queue.start();
  });

  afterEach(async () => {
    await queue.stop();
    await testDb.destroy();
  });

  async function runFor(ms: number) {
    for (let t = 0; t < ms; t += 1000) await clock.tick(1000);
  }

  it('retries a failing job with growing delays, on the clock it is given', async () => {
    await queue.send('flaky', { n: 1 });
    await runFor(10 * 60_000);
    expect(attempts.map((a) => a.retry)).toEqual([0, 1, 2]);
    const times = attempts.map((a) => Date.parse(a.at));
    const [first = 0, second = 0] = times.slice(1).map((t, i) => t - (times[i] ?? 0));
    expect(first).toBeGreaterThanOrEqual(30_000);
    expect(second).toBeGreaterThan(first);
    const [job] = await queue.boss.findJobs('flaky');
    expect(job?.state).toBe('completed');
  });

  it('sends a job with a write only when the write commits', async () => {
    await db
      .transaction(async (trx) => {
        await queue.send('flaky', { n: 2 }, { db: trx });
        throw new Error('the write failed');
      })
      .catch(() => {});
    await db.transaction(async (trx) => {
      await queue.send('flaky', { n: 3 }, { db: trx });
    });
    const jobs = await queue.boss.findJobs<{ n: number }>('flaky');
    expect(jobs.map((j) => j.data.n)).toEqual([3]);
  });
});
