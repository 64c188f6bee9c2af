import type { Operation } from 'openapi-backend';
import type { Principal } from '../../auth/principal.ts';
import type { Db } from '../../db/connect.ts';
import { withIdempotency } from '../idempotency.ts';
import type { OperationStep } from '../operation-step.ts';
import { failureReply } from './run-handler.ts';

/**
 * A write sent with an `Idempotency-Key` runs once: the handler runs in a transaction that
 * also stores its reply, and a retry gets that reply (docs/design.md §1). After
 * authentication, so a key belongs to the user who sent it. An operation that does not
 * offer the header (one answering with a secret, which must never be stored) runs as is.
 */
export function keepIdempotency(
  db: Db,
  now: () => Date,
  resourceMetadataUrl: string,
): OperationStep {
  return {
    name: 'idempotency',
    async run(call, next) {
      const operation = call.operation as Operation;
      const principal = call.principal as Principal | undefined;
      if (!principal || !offersIdempotencyKey(operation)) return next();
      const { request } = call;
      try {
        return await withIdempotency(
          db,
          now,
          {
            userId: principal.userId,
            method: request.method,
            path: request.path,
            body: request.body,
            header: request.headers['idempotency-key'],
          },
          (trx) => {
            call.db = trx;
            return next();
          },
        );
      } catch (error) {
        return failureReply(error, call, resourceMetadataUrl);
      }
    },
  };
}

function offersIdempotencyKey(operation: Operation): boolean {
  const parameters = (operation.parameters ?? []) as { in?: string; name?: string }[];
  return parameters.some((p) => p.in === 'header' && p.name?.toLowerCase() === 'idempotency-key');
}
