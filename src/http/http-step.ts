import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A handler on node:http's own request and response, so the API's door (api-door.ts) and
 * express run the same functions: express takes them as middleware as they are.
 */
export type HttpHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/** The request's own values (its id, logger, operation), where express keeps them too. */
export function localsOf(res: ServerResponse): Express.Locals {
  const withLocals = res as ServerResponse & { locals?: Express.Locals };
  withLocals.locals ??= Object.create(null) as Express.Locals;
  return withLocals.locals;
}

/** The request target as the client sent it: express rewrites `req.url` under a mount. */
export function targetOf(req: IncomingMessage): string {
  return (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
}

/** The target's path, without its query. */
export function pathOf(target: string): string {
  const query = target.indexOf('?');
  return query < 0 ? target : target.slice(0, query);
}

/** One request header's value; a repeated one is read as its first. */
export function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
