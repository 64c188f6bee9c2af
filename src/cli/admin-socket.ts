import { rmSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { type Args, type CommandDeps, dataCommands, UsageError } from './commands.ts';

/**
 * The embedded database admits one process, so while the server holds it the CLI's data
 * commands run inside the server: one JSON request and one JSON answer over a Unix
 * socket in the data directory, reachable only by the user who owns it.
 */
export function adminSocketPath(dataDir: string): string {
  return join(dataDir, 'tend.sock');
}

interface AdminRequest {
  command: string;
  args: Args;
}

type AdminAnswer = { ok: true; result: unknown } | { ok: false; usage: boolean; message: string };

export async function serveAdminSocket(
  dataDir: string,
  deps: CommandDeps,
  log: Logger,
): Promise<Server> {
  const path = adminSocketPath(dataDir);
  rmSync(path, { force: true });
  const server = createServer((socket) => {
    let input = '';
    socket.setEncoding('utf8');
    socket.on('data', async (chunk) => {
      input += chunk;
      const end = input.indexOf('\n');
      if (end < 0) return;
      socket.end(`${JSON.stringify(await answer(input.slice(0, end), deps, log))}\n`);
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    const previous = process.umask(0o177);
    server.listen(path, () => {
      process.umask(previous);
      resolve();
    });
  });
  return server;
}

async function answer(line: string, deps: CommandDeps, log: Logger): Promise<AdminAnswer> {
  try {
    const { command, args } = JSON.parse(line) as AdminRequest;
    const run = dataCommands[command];
    if (!run) return { ok: false, usage: true, message: `unknown command: ${command}` };
    return { ok: true, result: await run(args, deps) };
  } catch (error) {
    if (error instanceof UsageError) return { ok: false, usage: true, message: error.message };
    log.error({ err: error }, 'admin command failed');
    return { ok: false, usage: false, message: 'the command failed; see the server log' };
  }
}

export async function sendAdminCommand(dataDir: string, request: AdminRequest): Promise<unknown> {
  const raw = await new Promise<string>((resolve, reject) => {
    const socket = connect(adminSocketPath(dataDir));
    let output = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      output += chunk;
    });
    socket.on('end', () => resolve(output));
    socket.on('error', reject);
    socket.write(`${JSON.stringify(request)}\n`);
  });
  const reply = JSON.parse(raw) as AdminAnswer;
  if (reply.ok) return reply.result;
  throw reply.usage ? new UsageError(reply.message) : new Error(reply.message);
}
