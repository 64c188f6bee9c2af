// The baseline: plain node:http + pg answering GET /v1/tasks with the same SQL and the
// same serializer as Tend, and nothing else (no router, no contract, no middleware).
import { createServer, type ServerResponse } from 'node:http';
import pg from 'pg';
import { hashSecret } from '../../src/core/secrets.ts';
// Imported for its side effect too: it sets the pg type parsers Tend runs with.
import '../../src/db/connect.ts';
import { buildPage } from '../../src/paging/page.ts';
import { COLUMNS, taskSortKey } from '../../src/tasks/queries.ts';
import { serializeTask, type TaskRow } from '../../src/tasks/serialize.ts';
import { listen, serveUntilStopped } from './child-process.ts';

const connectionString = process.env.BENCH_CHILD_DATABASE_URL;
if (!connectionString) throw new Error('BENCH_CHILD_DATABASE_URL is not set');
const pool = new pg.Pool({ connectionString, max: 10 });

// The SQL of listTasks({ status: 'open' }) in src/tasks/queries.ts, with its column list so
// that a column added there is served here too. pg returns timestamptz as Date, text[] as
// string[] and uuid as string: rows are TaskRows as is. The seeded tasks are about no one,
// so (as in Tend) no subject names are looked up.
const LIST_OPEN_TASKS = `select ${COLUMNS.join(', ')}
  from tasks where user_id = $1 and deleted_at is null and status = $2
  order by due_sort, created_at, id limit $3`;

interface Owner {
  userId: string;
  timezone: string;
}

// Authentication in spirit: the bearer key is hashed and looked up once, then cached.
const owners = new Map<string, Owner>();

async function ownerOf(authorization: string | undefined): Promise<Owner | undefined> {
  const token = /^Bearer +(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return undefined;
  const hash = hashSecret(token);
  const cached = owners.get(hash);
  if (cached) return cached;
  const { rows } = await pool.query<{ user_id: string; timezone: string }>(
    `select k.user_id, u.timezone from api_keys k join users u on u.id = k.user_id
     where k.secret_hash = $1 and k.revoked_at is null`,
    [hash],
  );
  const row = rows[0];
  if (!row) return undefined;
  const owner = { userId: row.user_id, timezone: row.timezone };
  owners.set(hash, owner);
  return owner;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' || url.pathname !== '/v1/tasks') {
    send(res, 404, { error: 'not found' });
    return;
  }
  const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 20) || 20, 1), 100);
  ownerOf(req.headers.authorization)
    .then(async (owner) => {
      if (!owner) return send(res, 401, { error: 'unauthorized' });
      const now = new Date();
      const { rows } = await pool.query<TaskRow>(LIST_OPEN_TASKS, [
        owner.userId,
        'open',
        limit + 1,
      ]);
      const page = buildPage(
        rows,
        limit,
        (row) => serializeTask(row, owner.timezone, now, { inList: true }),
        taskSortKey,
      );
      send(res, 200, page);
    })
    .catch((error: unknown) => send(res, 500, { error: String(error) }));
});

const port = await listen(server);
serveUntilStopped(server, port, () => pool.end());
