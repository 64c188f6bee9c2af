// A spec-first peer: express 5 with express-openapi-validator, which checks each request
// (and its bearer key, through the handler below) against openapi.yaml before the route.
import { createServer } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { listen, serveUntilStopped } from './child-process.ts';
import { loadBenchContract } from './contract.ts';
import { createOwnerLookup, type Owner } from './owners.ts';
import { insertTask, listOpenTasks, openPool } from './task-sql.ts';

const pool = openPool();
const ownerOf = createOwnerLookup(pool);
const owners = new WeakMap<Request, Owner>();

// Both schemes name the same bearer header; the key check is the one every peer shares.
async function bearer(req: Request): Promise<boolean> {
  const owner = await ownerOf(req.headers.authorization);
  if (owner) owners.set(req, owner);
  return owner !== undefined;
}

// JSON.stringify and res.end, as the others do, so the bodies are byte-identical.
function send(res: Response, status: number, body: unknown): void {
  res.status(status).type('application/json; charset=utf-8').set('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

const app = express();
app.disable('x-powered-by');
app.use(express.json());
app.use(
  OpenApiValidator.middleware({
    apiSpec: loadBenchContract() as never,
    // Its own check of the document rejects the relative oauth2 flow URLs (/oauth/token),
    // which OpenAPI 3.1 allows; redocly lint is the contract's real check (docs/stack.md).
    validateApiSpec: false,
    validateRequests: { coerceTypes: true },
    validateResponses: false,
    validateSecurity: { handlers: { apiKey: bearer, oauth2: bearer } },
  }),
);
app.get('/v1/tasks', async (req, res) => {
  const limit = (req.query.limit as number | undefined) ?? 20;
  send(res, 200, await listOpenTasks(pool, owners.get(req) as Owner, limit));
});
app.post('/v1/tasks', async (req, res) => {
  send(res, 201, await insertTask(pool, owners.get(req) as Owner, req.body.title));
});
app.use(
  (
    error: { status?: number; message: string },
    _req: Request,
    res: Response,
    _next: NextFunction,
  ) => {
    send(res, error.status ?? 500, { error: error.message });
  },
);

const server = createServer(app);
const port = await listen(server);
serveUntilStopped(server, port, () => pool.end());
