import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './support/harness.ts';
import { invalidRequest, validRequest } from './support/requests.ts';

/**
 * Every operation of openapi.yaml, fuzzed from its own schemas: valid requests must be
 * answered within the contract and never with a 5xx; invalid ones must get a 4xx
 * problem naming the input at fault. `FUZZ_RUNS` sets the runs per property, `FUZZ_SEED`
 * replays a failing run (its seed is in the failure message).
 */
const runs = Number(process.env.FUZZ_RUNS ?? 150);
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
// Generous: a run is a few hundred real HTTP requests, and CI machines are small.
const FUZZ_TIMEOUT = 30_000 + runs * 500;

const h: Harness = await startHarness();
afterAll(() => h.close());

// Deletes last, so the operations before them find the seeded rows still there.
const operations = [...h.catalog].sort(
  (a, b) => Number(a.method === 'delete') - Number(b.method === 'delete'),
);

describe.each(operations.map((op) => [op.operationId, op] as const))('%s', (_name, op) => {
  it(
    'answers valid requests within the contract, never with a 5xx',
    async () => {
      await fc.assert(
        fc.asyncProperty(validRequest(op, h.aliceIds), async (request) => {
          const answer = await h.call(op, request);
          expect(answer.status, answer.text).toBeLessThan(500);
          expect(h.violations(op, answer)).toEqual([]);
        }),
        { numRuns: runs, seed, endOnFailure: true },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'answers each invalid request with a 4xx problem that names the input',
    async () => {
      const invalid = invalidRequest(op, h.aliceIds);
      if (!invalid) return;
      await fc.assert(
        fc.asyncProperty(invalid, async ({ request, pointer, mutation }) => {
          const answer = await h.call(op, request);
          const problem = answer.body as { errors?: { pointer: string }[] };
          const context = `${mutation}: ${answer.status} ${answer.text.slice(0, 400)}`;
          expect(answer.status, context).toBeGreaterThanOrEqual(400);
          expect(answer.status, context).toBeLessThan(500);
          expect(answer.headers.get('content-type'), context).toMatch(
            /^application\/problem\+json/,
          );
          // A 414 is the server's answer before any operation is matched (RFC 9110 §15.5.15).
          if (answer.status !== 414) expect(h.violations(op, answer), context).toEqual([]);
          const pointers = (problem.errors ?? []).map((e) => e.pointer);
          expect(
            pointers.some((p) => p === pointer || p.startsWith(`${pointer}/`)),
            `${context} (wanted ${pointer}, got ${pointers.join(', ')})`,
          ).toBe(true);
        }),
        { numRuns: runs, seed, endOnFailure: true },
      );
    },
    FUZZ_TIMEOUT,
  );
});
