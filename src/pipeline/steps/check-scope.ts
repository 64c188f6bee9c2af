import type { Operation } from 'openapi-backend';
import type { Principal } from '../../auth/principal.ts';
import { problemReply } from '../../contract/reply.ts';
import { insufficientScope } from '../../core/problems/access.ts';
import type { OperationStep } from '../operation-step.ts';
import { requirementsOf, schemeOf } from './authenticate.ts';

/**
 * The caller's credential must hold every scope of one of the sets the operation accepts
 * under its scheme (security requirements are alternatives); 403 names what would do.
 */
export function checkScope(): OperationStep {
  return {
    name: 'check the scope',
    async run(call, next) {
      const principal = call.principal as Principal | undefined;
      if (!principal) return next();
      const scheme = schemeOf(principal);
      const requirements = requirementsOf(call.operation as Operation);
      let sets = requirements.flatMap((r) => (scheme in r ? [r[scheme] ?? []] : []));
      // A page's own call on an operation without the session scheme (docs/security.md
      // R13) needs what any of the person's credentials would: the page's principal holds
      // every scope, an account page's only `account`, which lets in no data operation.
      if (sets.length === 0 && call.scope.actingPrincipal === principal) {
        sets = requirements.flatMap((r) => Object.values(r));
      }
      if (sets.some((set) => set.every((s) => principal.scopes.has(s)))) return next();
      // Naming every scope accepted: a token holding them all would be let in.
      const missing = [...new Set(sets.flat())].filter((s) => !principal.scopes.has(s));
      return problemReply(insufficientScope(missing, sets.length > 1), call.scope.requestId);
    },
  };
}
