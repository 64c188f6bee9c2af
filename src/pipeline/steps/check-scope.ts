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
      // A page acting for its person (R13) is held to the scopes of any scheme the
      // operation names; every other caller to those of its own credential's scheme.
      const page = call.scope.sessionPrincipal === principal;
      const sets = requirementsOf(call.operation as Operation).flatMap((r) =>
        page ? Object.values(r) : scheme in r ? [r[scheme] ?? []] : [],
      );
      if (sets.some((set) => set.every((s) => principal.scopes.has(s)))) return next();
      // Naming every scope accepted: a token holding them all would be let in.
      const missing = [...new Set(sets.flat())].filter((s) => !principal.scopes.has(s));
      return problemReply(insufficientScope(missing, sets.length > 1), call.scope.requestId);
    },
  };
}
