import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/build-app.ts';
import { loadContract } from '../../src/contract/document.ts';
import { createLogger } from '../../src/http/logger.ts';
import { createTestDb, type TestDb } from '../support/db.ts';

let testDb: TestDb;

// The database is built in a hook, so the test's own time is only the app's start.
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.destroy());

describe('handler registry', () => {
  it('refuses to start when an operation in the contract has no handler (R9)', async () => {
    const document = loadContract();
    const paths = document.paths as Record<string, unknown>;
    paths['/extra'] = {
      get: {
        operationId: 'extraOperation',
        summary: 'Extra',
        responses: { '204': { description: 'nothing' } },
      },
    };
    await expect(
      buildApp({
        config: { publicUrl: 'http://tend.test', validateResponses: true },
        db: testDb.db,
        log: createLogger('silent'),
        document,
      }),
    ).rejects.toThrow(/missing extraOperation/);
  });
});
