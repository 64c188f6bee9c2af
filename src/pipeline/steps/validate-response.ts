import { mediaTypeOf, problemReply } from '../../contract/reply.ts';
import { ResponseValidator } from '../../contract/response-validator.ts';
import { responseInvalid } from '../../core/problems/server.ts';
import type { OperationStep } from '../operation-step.ts';

/**
 * On the way back: the reply must be one the contract declares for the operation. Off in
 * production (validateResponses), where a bug should not cost every caller the check.
 */
export function validateResponse(): OperationStep {
  const responses = new ResponseValidator();
  return {
    name: 'validate the response',
    async run(call, next) {
      const reply = await next();
      const { operation, scope } = call;
      // A stream is checked event by event by its own tests; its body is not there to check.
      if (!operation || reply.status >= 500 || reply.stream) return reply;
      const violations = responses.validate(
        operation,
        reply.status,
        mediaTypeOf(reply),
        reply.body,
      );
      if (violations.length === 0) return reply;
      scope.log.error(
        { operation: operation.operationId, status: reply.status, violations },
        'response breaks the contract',
      );
      return problemReply(responseInvalid(), scope.requestId);
    },
  };
}
