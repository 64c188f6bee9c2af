import { type HttpError, problemBody } from '../core/http-error.ts';

/** A response as data, so HTTP, MCP and tests can all deliver it their own way. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Defaults to application/json, or application/problem+json for a problem. */
  contentType?: string;
  /**
   * A body written as it is made (server-sent events), instead of `body`. Its producer
   * runs to the end whether or not anyone is still reading.
   */
  stream?: AsyncIterable<string>;
}

export function problemReply(error: HttpError, requestId: string): Reply {
  return {
    status: error.status,
    body: problemBody(error, requestId),
    headers: error.headers,
    contentType: 'application/problem+json',
  };
}

export function mediaTypeOf(reply: Reply): string {
  return reply.contentType ?? 'application/json';
}
