// The baseline: plain node:http + pg answering GET /v1/tasks and POST /v1/tasks with the
// same SQL and the same serializer as Tend, and nothing else (no router, no contract, no
// middleware). Its key check is the shared cached one in owners.ts.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listen, serveUntilStopped } from './child-process.ts';
import { createOwnerLookup, type Owner } from './owners.ts';
import { insertTask, listOpenTasks, openPool } from './task-sql.ts';

const pool = openPool();
const ownerOf = createOwnerLookup(pool);

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function list(url: URL, owner: Owner, res: ServerResponse): Promise<void> {
  const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 20) || 20, 1), 100);
  send(res, 200, await listOpenTasks(pool, owner, limit));
}

async function create(req: IncomingMessage, owner: Owner, res: ServerResponse): Promise<void> {
  const body = (await readJson(req)) as { title?: unknown };
  if (typeof body?.title !== 'string') return send(res, 400, { error: 'title is required' });
  send(res, 201, await insertTask(pool, owner, body.title));
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const route = url.pathname === '/v1/tasks' ? req.method : undefined;
  if (route !== 'GET' && route !== 'POST') return send(res, 404, { error: 'not found' });
  ownerOf(req.headers.authorization)
    .then((owner) => {
      if (!owner) return send(res, 401, { error: 'unauthorized' });
      return route === 'GET' ? list(url, owner, res) : create(req, owner, res);
    })
    .catch((error: unknown) => send(res, 500, { error: String(error) }));
});

const port = await listen(server);
serveUntilStopped(server, port, () => pool.end());
