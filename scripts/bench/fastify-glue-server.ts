// A spec-first peer: fastify with fastify-openapi-glue, which builds the routes and their
// Ajv validation from openapi.yaml and calls the service class below by operationId.
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import openapiGlue from 'fastify-openapi-glue';
import { createAjv } from '../../src/contract/ajv.ts';
import { listen, serveUntilStopped } from './child-process.ts';
import { loadBenchContract } from './contract.ts';
import { createOwnerLookup, type Owner } from './owners.ts';
import { insertTask, listOpenTasks, openPool } from './task-sql.ts';

const pool = openPool();
const ownerOf = createOwnerLookup(pool);
const owners = new WeakMap<FastifyRequest, Owner>();

class Service {
  async listTasks(req: FastifyRequest<{ Querystring: { limit?: number } }>, reply: FastifyReply) {
    const owner = owners.get(req) as Owner;
    return send(reply, 200, await listOpenTasks(pool, owner, req.query.limit ?? 20));
  }

  async createTask(req: FastifyRequest<{ Body: { title: string } }>, reply: FastifyReply) {
    const owner = owners.get(req) as Owner;
    return send(reply, 201, await insertTask(pool, owner, req.body.title));
  }
}

// Both schemes name the same bearer header; the key check is the one every peer shares.
async function bearer(req: FastifyRequest): Promise<void> {
  const owner = await ownerOf(req.headers.authorization);
  if (!owner) throw Object.assign(new Error('unauthorized'), { statusCode: 401 });
  owners.set(req, owner);
}

// Serialized by JSON.stringify as the others do: fastify's schema-driven serializer would
// reorder and drop properties, and the bodies must be byte-identical to Tend's.
function send(reply: FastifyReply, status: number, body: unknown): string {
  reply.code(status).type('application/json; charset=utf-8').header('cache-control', 'no-store');
  return JSON.stringify(body);
}

// Validation as Tend's: Ajv for JSON Schema 2020-12 (OpenAPI 3.1) with formats, defaults
// and query coercion.
const ajv = createAjv({ coerceTypes: 'array', useDefaults: true });
const app = Fastify({ logger: false });
app.setValidatorCompiler(({ schema }) => ajv.compile(schema));
await app.register(openapiGlue, {
  specification: loadBenchContract(),
  serviceHandlers: new Service(),
  securityHandlers: { apiKey: bearer, oauth2: bearer },
  prefix: 'v1',
});
await app.ready();

const port = await listen(app.server);
serveUntilStopped(app.server, port, () => pool.end());
