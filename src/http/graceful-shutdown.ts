import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** How long the server keeps reading what had arrived before it stops accepting. */
const ARRIVAL_MS = 100;

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
    async drain(timeoutMs) {
      const started = Date.now();
      draining = true;
      for (const res of inFlight) closeAfter(res);
      // Take in what has already reached the machine first: connections waiting in the
      // listen backlog are reset when the listener closes, and a keep-alive socket whose
      // request is not read yet looks idle and would be closed under it. Both were sent
      // before the signal; a moment of the event loop turns them into requests in flight.
      await new Promise((resolve) => setTimeout(resolve, Math.min(ARRIVAL_MS, timeoutMs / 10)));
      // Timers run before the loop polls for I/O: let it poll once more after the wait.
      await new Promise((resolve) => setImmediate(resolve));
      // Stops accepting; Node also closes the sockets between requests, nobody waits on them.
      const closed = new Promise<boolean>((resolve) => server.close(() => resolve(true)));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => {
        timer = setTimeout(
          () => {
            server.closeAllConnections();
            resolve(false);
          },
          Math.max(0, timeoutMs - (Date.now() - started)),
        );
      });
      return Promise.race([closed, late]).finally(() => clearTimeout(timer));
    },
  };
}

function closeAfter(res: ServerResponse): void {
  if (!res.headersSent) res.setHeader('Connection', 'close');
}
