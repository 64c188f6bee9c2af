import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface Drain {
  /**
   * Stops accepting connections, closes idle keep-alive sockets, lets every request that
   * has arrived finish (its answer says `Connection: close`, so the client opens its next
   * connection elsewhere), and resolves once no connection is left, or after `timeoutMs`
   * with whatever remains cut off. Resolves to whether everything finished in time.
   */
  drain(timeoutMs: number): Promise<boolean>;
}

/**
 * Tracks a server's requests in flight so shutdown resets none of them. Node's
 * `server.close()` alone keeps serving new requests on open keep-alive connections for as
 * long as clients send them; `Connection: close` (RFC 9112 §9.6) ends each such
 * connection after the answer it is waiting for.
 */
export function trackRequests(server: Server): Drain {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (draining) closeAfter(res);
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
  });
  return {
    drain(timeoutMs) {
      draining = true;
      for (const res of inFlight) closeAfter(res);
      const closed = new Promise<boolean>((resolve) => server.close(() => resolve(true)));
      // Sockets between requests: nobody is waiting on them.
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => {
          server.closeAllConnections();
          resolve(false);
        }, timeoutMs);
      });
      return Promise.race([closed, late]).finally(() => clearTimeout(timer));
    },
  };
}

function closeAfter(res: ServerResponse): void {
  if (!res.headersSent) res.setHeader('Connection', 'close');
}
