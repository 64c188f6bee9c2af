// The child side of a bench server: tell the parent the port over IPC, stop when told.
import type { Server } from 'node:http';

export interface ReadyMessage {
  ready: true;
  port: number;
}

/** Listens on a free port on the loopback interface. */
export function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address && typeof address === 'object') resolve(address.port);
      else reject(new Error('server has no port'));
    });
  });
}

/**
 * Reports readiness, then exits cleanly on "stop", SIGTERM, or when the parent goes
 * away (IPC disconnect). A clean exit matters: `--cpu-prof` writes its file only then.
 */
export function serveUntilStopped(server: Server, port: number, close: () => Promise<void>): void {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.closeAllConnections();
    server.close(() => {
      close().finally(() => process.exit(0));
    });
  };
  process.on('message', (message) => {
    if (message === 'stop') stop();
  });
  process.on('disconnect', stop);
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  const ready: ReadyMessage = { ready: true, port };
  process.send?.(ready);
}
