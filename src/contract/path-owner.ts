import type { OpenAPIRouter, Operation, Request } from 'openapi-backend';

/**
 * openapi-backend matches the method before the path: `GET /subjects/find` (a POST-only
 * path) falls through to `GET /subjects/{subject_id}` and fails as a bad uuid. A request
 * belongs to the most specific path it matches, whatever its method (RFC 9110 §15.5.6:
 * a method that path does not support is a 405), so the router is made to say so.
 */
export function matchMostSpecificPathFirst(router: OpenAPIRouter): void {
  const operations = router.getOperations();
  const templates = [...new Set(operations.map((o) => o.path))].map((path) => ({
    path,
    pattern: new RegExp(
      `^${path
        .split(/\{[^}]+\}/)
        .map(escapeRegExp)
        .join('[^/]+')}$`,
    ),
    specificity: path.replace(/\{[^}]*\}/g, '').length,
  }));
  const match = router.matchOperation.bind(router) as (
    req: Request,
    strict?: boolean,
  ) => Operation | undefined;
  router.matchOperation = ((req: Request, strict?: boolean) => {
    const operation = match(req, strict);
    if (!operation) return operation;
    const path = router.normalizePath(req.path);
    if (operation.path === path) return operation;
    const candidates = templates.filter((t) => t.pattern.test(path));
    const best = Math.max(...candidates.map((t) => t.specificity));
    if (candidates.some((t) => t.path === operation.path && t.specificity === best)) {
      return operation;
    }
    if (strict)
      throw new Error('405-methodNotAllowed: this method is not registered for the route');
    return undefined;
  }) as OpenAPIRouter['matchOperation'];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
