import type { Logger } from 'pino';
import type { operations } from '../../generated/openapi.ts';
import type { Principal } from '../auth/principal.ts';
import type { RequestClient } from '../auth/security-events.ts';
import type { Db } from '../db/connect.ts';

export type OperationId = keyof operations;
type Op<K extends OperationId> = operations[K];

type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : undefined;

export interface HandlerInput<K extends OperationId> {
  path: Op<K>['parameters'] extends { path: infer P } ? NonNullable<P> : never;
  query: Op<K>['parameters'] extends { query?: infer Q } ? NonNullable<Q> : never;
  body: JsonBody<NonNullable<Op<K>['requestBody']>>;
}

type SuccessStatus<K extends OperationId> = Extract<
  keyof Op<K>['responses'],
  200 | 201 | 202 | 204
>;

/** What a handler returns: one of the operation's declared success responses. */
export type HandlerResult<K extends OperationId> = {
  [S in SuccessStatus<K>]: {
    status: S;
    body: JsonBody<Op<K>['responses'][S]>;
    headers?: Record<string, string>;
  };
}[SuccessStatus<K>];

/** Everything a handler may use; it never sees req/res, process.env or the wall clock. */
export interface HandlerContext {
  principal: Principal;
  userId: string;
  timezone: string;
  db: Db;
  now: () => Date;
  log: Logger;
  requestId: string;
  publicUrl: string;
  /** Where the call came from, for the person's security log. */
  client?: RequestClient;
}

export type Handler<K extends OperationId> = (
  input: HandlerInput<K>,
  ctx: HandlerContext,
) => Promise<HandlerResult<K>>;

/** One handler per operationId: a missing or extra one does not compile. */
export type Handlers = { [K in OperationId]: Handler<K> };
