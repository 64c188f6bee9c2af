import type { Logger } from 'pino';
import type { operations } from '../../generated/openapi.ts';
import type { Principal } from '../auth/principal.ts';
import type { RequestClient } from '../auth/security-events.ts';
import type { SafeFetchOptions } from '../core/safe-fetch.ts';
import type { Db } from '../db/connect.ts';

export type OperationId = keyof operations;
type Op<K extends OperationId> = operations[K];

/** A body in or out: JSON as its type, any other media type (a file) as its bytes. */
type BodyOf<T> = T extends { content: { 'application/json': infer B } }
  ? B
  : T extends { content: object }
    ? Uint8Array
    : undefined;

export interface HandlerInput<K extends OperationId> {
  path: Op<K>['parameters'] extends { path: infer P } ? NonNullable<P> : never;
  query: Op<K>['parameters'] extends { query?: infer Q } ? NonNullable<Q> : never;
  body: BodyOf<NonNullable<Op<K>['requestBody']>>;
}

type SuccessStatus<K extends OperationId> = Extract<
  keyof Op<K>['responses'],
  200 | 201 | 202 | 204
>;

/** What a handler returns: one of the operation's declared success responses. */
export type HandlerResult<K extends OperationId> =
  | DeclaredResult<K>
  | (Op<K>['responses'] extends { 200: { content: { 'text/event-stream': unknown } } }
      ? StreamedResult
      : never);

/**
 * A 200 written as server-sent events, for an operation whose 200 declares
 * `text/event-stream` and a caller that accepts it (see `accept`).
 */
export interface StreamedResult {
  status: 200;
  contentType: 'text/event-stream';
  stream: AsyncIterable<string>;
  headers?: Record<string, string>;
}

type DeclaredResult<K extends OperationId> = {
  [S in SuccessStatus<K>]: {
    status: S;
    body: BodyOf<Op<K>['responses'][S]>;
    headers?: Record<string, string>;
    /** For a body of bytes: its media type, one the response declares. */
    contentType?: string;
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
  /** The caller's Accept header, for an operation that may answer in more than one type. */
  accept?: string;
  /** Files kept with records: how large one may be, and how one is fetched by link (A21). */
  files: FileSettings;
}

export interface FileSettings {
  maxBytes: number;
  fetch: SafeFetchOptions;
}

export type Handler<K extends OperationId> = (
  input: HandlerInput<K>,
  ctx: HandlerContext,
) => Promise<HandlerResult<K>>;

/** One handler per operationId: a missing or extra one does not compile. */
export type Handlers = { [K in OperationId]: Handler<K> };
