import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadContract } from '../../src/contract/document.ts';
import { createLogger } from '../../src/http/logger.ts';
import { createTestDb } from '../support/db.ts';

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
    const { db, destroy } = await createTestDb();
    try {
      await expect(
        buildApp({
          config: { publicUrl: 'http://tend.test', validateResponses: true },
          db,
          log: createLogger('silent'),
          document,
        }),
      ).rejects.toThrow(/missing extraOperation/);
    } finally {
      await destroy();
    }
  });
});
