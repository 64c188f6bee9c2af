import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { buildApp } from '../../src/app/build-app.ts';
import { createLogger } from '../../src/http/logger.ts';
import { fillPath } from '../contract/support/harness.ts';
import { type Browser, formBodyOf, signUpAs } from '../support/browser.ts';
import { FakeClock } from '../support/clock.ts';
import { createTestDb, type TestDb } from '../support/db.ts';
import { authorizeAndAllow } from '../support/oauth.ts';

/**
 * A Custom GPT set up exactly as the dashboard says: Connect ChatGPT, the values pasted
 * into the GPT editor, the editor's callback saved back, OAuth with the client secret in
 * the POST body and no PKCE (as ChatGPT's Actions do) — and then every operation of the
 * served Actions document called with the token ChatGPT would hold.
 */
type Doc = Record<string, unknown>;
type Node = Record<string, unknown>;

let server: Server;
let issuer: string;
let testDb: TestDb;
let b: Browser;
const clock = new FakeClock(new Date());
const insecure = { [oauth.allowInsecureRequests]: true };

beforeAll(async () => {
  testDb = await createTestDb();
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { app } = await buildApp({
    config: { publicUrl: issuer, validateResponses: true },
    db: testDb.db,
    log: createLogger('silent'),
    now: clock.now,
  });
  server.on('request', app);
  b = await signUpAs(app, 'gpt@example.com', 'Gee');
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await testDb.destroy();
});

/** Steps 1, 3 and 4 of the README: what the Connect page tells the person to paste. */
async function connectChatGptOnTheDashboard() {
  const home = await b.get('/account/connections');
  const made = await b
    .post('/account/chatgpt')
    .type('form')
    .send(formBodyOf(home.text, '/account/chatgpt'));
  expect(made.status).toBe(303);
  const path = made.headers.location as string;
  const shown = await b.get(path);
  const cell = (label: string) =>
    new RegExp(`<th>${label}</th><td><code>([^<]*)</code>`).exec(shown.text)?.[1] ?? '';
  const values = {
    clientId: cell('Client ID'),
    clientSecret: cell('Client Secret'),
    authorizationUrl: cell('Authorization URL'),
    tokenUrl: cell('Token URL'),
    scope: cell('Scope'),
    callback: `https://chatgpt.com/aip/g-${randomBytes(12).toString('hex')}/oauth/callback`,
  };
  const saved = await b
    .post(`${path}/callback`)
    .type('form')
    .send(
      `${formBodyOf(shown.text, `${path}/callback`)}&callback_url=${encodeURIComponent(values.callback)}`,
    );
  expect(saved.status).toBe(303);
  return values;
}

/** Local `$ref`s of the served document, followed. */
function resolve<T = Node>(doc: Doc, node: unknown): T {
  let current = node as Node;
  while (current && typeof current.$ref === 'string') {
    let target: unknown = doc;
    for (const part of current.$ref.replace(/^#\//, '').split('/')) {
      target = (target as Node)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    current = target as Node;
  }
  return current as T;
}

interface ActionOperation {
  operationId: string;
  method: string;
  path: string;
  parameters: { name: string; in: string; required?: boolean; example?: unknown }[];
  body?: { example: unknown; schema: Node };
}

function operationsOf(doc: Doc): ActionOperation[] {
  const ops: ActionOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Node>)) {
    for (const [method, raw] of Object.entries(item)) {
      const op = raw as Node;
      if (typeof op?.operationId !== 'string') continue;
      const content = resolve<Node | undefined>(doc, op.requestBody)?.content as
        | Record<string, Node>
        | undefined;
      const json = content?.['application/json'];
      const schema = json && resolve(doc, json.schema);
      ops.push({
        operationId: op.operationId,
        method,
        path,
        parameters: ((op.parameters ?? []) as unknown[]).map((p) => resolve(doc, p)) as never,
        ...(json && schema && { body: { example: json.example ?? schema.example, schema } }),
      });
    }
  }
  return ops;
}

describe('a Custom GPT connected through the dashboard', () => {
  it('calls every operation of the served Actions document with its token, and none answers 403', async () => {
    const gpt = await connectChatGptOnTheDashboard();
    expect(gpt.scope).toBe('tasks:read tasks:write records:read records:write');

    // The GPT editor knows only the two URLs the page gave, not Tend's metadata.
    const as: oauth.AuthorizationServer = {
      issuer,
      authorization_endpoint: gpt.authorizationUrl,
      token_endpoint: gpt.tokenUrl,
    };
    expect(gpt.authorizationUrl).toBe(`${issuer}/oauth/authorize`);
    const client: oauth.Client = { client_id: gpt.clientId };
    const state = oauth.generateRandomState();
    const callback = await authorizeAndAllow(b, {
      client_id: gpt.clientId,
      redirect_uri: gpt.callback,
      scope: gpt.scope,
      state,
    });
    expect(`${callback.origin}${callback.pathname}`).toBe(gpt.callback);
    const tokens = await oauth.processAuthorizationCodeResponse(
      as,
      client,
      await oauth.authorizationCodeGrantRequest(
        as,
        client,
        oauth.ClientSecretPost(gpt.clientSecret),
        oauth.validateAuthResponse(as, client, callback, state),
        gpt.callback,
        oauth.nopkce,
        insecure,
      ),
    );
    expect(tokens.scope).toBe(gpt.scope);

    const served = await fetch(`${issuer}/actions/openapi.yaml`);
    expect(served.status).toBe(200);
    const doc = YAML.parse(await served.text()) as Doc;
    const apiBase = (doc.servers as { url: string }[])[0]?.url as string;
    expect(apiBase).toBe(`${issuer}/v1`);
    const ops = operationsOf(doc);
    expect(ops.length).toBeGreaterThanOrEqual(24);

    const answers: { operationId: string; status: number; text: string }[] = [];
    /** Ids made through the Action itself, by the path parameter that names them. */
    const ids = new Map<string, string>();
    const call = async (op: ActionOperation, body?: unknown) => {
      const url = new URL(apiBase + fillPath(op.path, Object.fromEntries(ids)));
      for (const p of op.parameters.filter((p) => p.in === 'query' && p.required)) {
        url.searchParams.set(p.name, String(ids.get(p.name) ?? p.example));
      }
      const res = await fetch(url, {
        method: op.method.toUpperCase(),
        headers: {
          Authorization: `Bearer ${tokens.access_token}`,
          ...(body !== undefined && { 'Content-Type': 'application/json' }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, text, json: text ? JSON.parse(text) : undefined };
    };
    const record = (op: ActionOperation, answer: { status: number; text: string }) =>
      answers.push({ operationId: op.operationId, status: answer.status, text: answer.text });

    // `task_id` for POST /tasks when /tasks/{task_id} exists: the creates, made first.
    const itemParam = (op: ActionOperation) => {
      const prefix = `${op.path}/{`;
      const item = ops.find((other) => other.path.startsWith(prefix));
      const name = item?.path.slice(prefix.length).split('}')[0];
      return name && !name.includes('/') ? name : undefined;
    };
    const pathParams = (op: ActionOperation) =>
      [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
    const creates = ops.filter((op) => op.method === 'post' && itemParam(op));
    const madeParams = new Set(creates.map((op) => itemParam(op) as string));
    const deletes = ops.filter((op) => op.method === 'delete');
    const listOf = (op: ActionOperation, name: string) => {
      const collection = op.path.slice(0, op.path.indexOf(`/{${name}}`));
      return ops.find((other) => other.method === 'get' && other.path === collection);
    };
    // An item no operation creates (a journal entry) is taken from its list, at the end.
    const listed = ops.filter(
      (op) =>
        !deletes.includes(op) && pathParams(op).some((p) => !madeParams.has(p) && listOf(op, p)),
    );
    const middle = ops.filter(
      (op) => !creates.includes(op) && !deletes.includes(op) && !listed.includes(op),
    );

    // An example may name another item ("subject": "Luna"): what fails for want of it is
    // tried again once the others exist.
    const order: ActionOperation[] = [];
    let pending = creates;
    for (let pass = 0; pass < 3 && pending.length > 0; pass++) {
      const failed: ActionOperation[] = [];
      for (const op of pending) {
        let answer = await call(op, op.body?.example);
        const props = op.body?.schema.properties as Node | undefined;
        if (answer.status === 409 && props && 'confirm_duplicate' in props) {
          answer = await call(op, { ...(op.body?.example as Node), confirm_duplicate: true });
        }
        if (answer.status >= 400 && answer.status !== 403 && pass < 2) {
          failed.push(op);
          continue;
        }
        record(op, answer);
        if (answer.json?.id) ids.set(itemParam(op) as string, answer.json.id);
        order.push(op);
      }
      pending = failed;
    }
    // An id that names an item of any kind (fetch reads whatever it is given): the first made.
    const anyId = ids.get(itemParam(creates[0] as ActionOperation) as string) as string;
    for (const op of middle) {
      for (const name of pathParams(op).filter((p) => !madeParams.has(p))) ids.set(name, anyId);
      record(op, await call(op, op.body?.example));
    }
    // Deleted last, the latest made first (a care record before the pet it is about).
    const deleteOrder = [...deletes].sort(
      (x, y) =>
        order.findIndex((c) => c.path === y.path.replace(/\/\{[^}]+\}$/, '')) -
        order.findIndex((c) => c.path === x.path.replace(/\/\{[^}]+\}$/, '')),
    );
    for (const op of deleteOrder) record(op, await call(op, op.body?.example));
    for (const op of listed) {
      let missing: string | undefined;
      for (const name of pathParams(op).filter((p) => !madeParams.has(p))) {
        const list = listOf(op, name);
        const items = list ? ((await call(list)).json?.items ?? []) : [];
        if (items.length === 0) missing = name;
        else ids.set(name, items[0].id);
      }
      // Nothing to address is a failure too (status 0), reported with the others.
      record(op, missing ? { status: 0, text: `no ${missing}` } : await call(op, op.body?.example));
    }

    expect(answers.map((a) => a.operationId).sort()).toEqual(
      ops.map((op) => op.operationId).sort(),
    );
    expect(answers.filter((a) => a.status === 403)).toEqual([]);
    expect(answers.filter((a) => a.status < 200 || a.status >= 300)).toEqual([]);
  });
});
