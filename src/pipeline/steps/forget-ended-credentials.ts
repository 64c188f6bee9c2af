import type { Operation } from 'openapi-backend';
import type { CredentialCaches } from '../../auth/credential-caches.ts';
import type { OperationStep } from '../operation-step.ts';

/** The operations that end one of the caller's credentials when they succeed. */
const ENDING_A_CREDENTIAL = new Set(['revokeApiKey', 'disconnectApp']);

/**
 * After an operation ended a key or a grant, this instance drops the person's cached
 * credentials at once instead of waiting for the database's notice to come back.
 * Placed before the idempotency step, so it runs once that transaction has committed: a
 * request in between cannot cache the credential again as it was.
 */
export function forgetEndedCredentials(caches: CredentialCaches): OperationStep {
  return {
    name: 'forget ended credentials',
    async run(call, next) {
      const reply = await next();
      const operationId = (call.operation as Operation | undefined)?.operationId;
      if (
        call.principal &&
        operationId &&
        ENDING_A_CREDENTIAL.has(operationId) &&
        reply.status >= 200 &&
        reply.status < 300
      ) {
        caches.forget(call.principal.userId);
      }
      return reply;
    },
  };
}
