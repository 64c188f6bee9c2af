import type { Authenticator } from '../../auth/authenticate.ts';
import { problemReply } from '../../contract/reply.ts';
import { isDatabaseUnavailable } from '../../db/unavailable.ts';
import type { OperationStep } from '../operation-step.ts';
import type { RateLimits } from '../rate-limits.ts';
import { principalOf } from './authenticate.ts';

/**
 * Counts the call against its caller's rate limit, once (an MCP tool call was counted
 * with its HTTP request), and tells the caller where it stands (docs/security.md R5).
 */
export function countRateLimit(limits: RateLimits, auth: Authenticator): OperationStep {
  return {
    name: 'count against the rate limit',
    async run({ scope }, next) {
      if (scope.rateCounted) return next();
      scope.rateCounted = true;
      const admission = await limits.admit({
        ip: scope.clientIp,
        bearer: scope.bearer,
        authenticate: async () => {
          const principal = await principalOf(scope, auth);
          // An outage is not a failed sign-in: it is answered 503, and counted as nothing.
          if (!principal && scope.authError && isDatabaseUnavailable(scope.authError)) {
            throw scope.authError;
          }
          return principal;
        },
      });
      if (admission.refused) return problemReply(admission.refused, scope.requestId);
      const reply = await next();
      return { ...reply, headers: { ...reply.headers, ...admission.headers } };
    },
  };
}
