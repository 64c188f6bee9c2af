import { problemReply } from '../../contract/reply.ts';
import { databaseUnavailable, internalError } from '../../core/problems/server.ts';
import { isDatabaseUnavailable } from '../../db/unavailable.ts';
import type { OperationStep } from '../operation-step.ts';

/** Outermost: whatever a later step throws is answered as a problem, never a crash. */
export function answerFailures(): OperationStep {
  return {
    name: 'answer failures as problems',
    async run(call, next) {
      try {
        return await next();
      } catch (error) {
        const { scope } = call;
        if (isDatabaseUnavailable(error))
          return problemReply(databaseUnavailable(), scope.requestId);
        scope.log.error({ err: error }, 'request failed');
        return problemReply(internalError(error), scope.requestId);
      }
    },
  };
}
