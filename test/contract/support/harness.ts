import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Operation } from 'openapi-backend';
import type { CatalogOperation } from '../../../src/contract/catalog.ts';
import { ResponseValidator } from '../../../src/contract/response-validator.ts';
import { createClient } from '../../../src/oauth/clients.ts';
import { recordConsent } from '../../../src/oauth/grants.ts';
import { createTestApp, type TestApp, type TestUser } from '../../support/app.ts';
import { PoliteProvider } from '../../support/chat.ts';

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

export interface CallOptions {
  path?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
  /** A raw body string, sent as is (for malformed input). */
  rawBody?: string;
  auth?: string | null;
}

/**
 * The contract-driven test harness: the real app on a real database behind a real HTTP
 * port, two users with data, and a way to call any operation of the catalog by name.
 * Nothing here knows any particular operation.
 */
export interface Harness {
  t: TestApp;
  baseUrl: string;
  catalog: CatalogOperation[];
  alice: TestUser;
  bob: TestUser;
  call(op: CatalogOperation, options?: CallOptions): Promise<Answer>;
  /** Contract violations of an answer: undeclared status, or a body off its schema. */
  violations(op: CatalogOperation, answer: Answer): string[];
  /** Ids alice owns, by path parameter name (`task_id` → [...]), made through the API. */
  aliceIds: Map<string, string[]>;
  close(): Promise<void>;
}

const SEEDED_PER_COLLECTION = 12;

export async function startHarness(
  options: { validateResponses?: boolean } = {},
): Promise<Harness> {
  // The chat answers through a model of a few words, as often as the walk sends a message.
  const t = await createTestApp({
    ...options,
    chatProvider: new PoliteProvider(),
    chatPolicy: { messagesPerMinute: 0 },
  });
  const server: Server = await new Promise((resolve) => {
    const s = t.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const catalog = t.contract.catalog;
  const alice = await t.createUser({ scopes: allScopes(catalog) });
  const bob = await t.createUser({ scopes: allScopes(catalog) });
  const validator = new ResponseValidator();

  const call = async (op: CatalogOperation, options: CallOptions = {}): Promise<Answer> => {
    const url = new URL(baseUrl + fillPath(op.path, options.path ?? {}));
    for (const [name, value] of Object.entries(options.query ?? {})) {
      for (const item of Array.isArray(value) ? value : [value]) {
        url.searchParams.append(name, typeof item === 'string' ? item : JSON.stringify(item));
      }
    }
    const headers: Record<string, string> = {};
    const auth = options.auth === undefined ? alice.auth : options.auth;
    if (auth) headers.Authorization = auth;
    let body: string | Blob | undefined = options.rawBody;
    if (options.body instanceof Uint8Array) {
      // A file's bytes (an upload), sent as they are.
      body = new Blob([options.body as Uint8Array<ArrayBuffer>]);
      headers['Content-Type'] = 'application/octet-stream';
    } else {
      if (body === undefined && options.body !== undefined) body = JSON.stringify(options.body);
      if (body !== undefined) headers['Content-Type'] = 'application/json';
    }
    const res = await fetch(url, { method: op.method.toUpperCase(), headers, body });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  };

  const harness: Harness = {
    t,
    baseUrl,
    catalog,
    alice,
    bob,
    call,
    violations(op, answer) {
      const operation = t.contract.backend.getOperation(op.operationId) as Operation;
      const mediaType = (answer.headers.get('content-type') ?? '').split(';')[0] ?? '';
      return validator.validate(
        operation,
        answer.status,
        mediaType || 'application/json',
        answer.text ? answer.body : undefined,
      );
    },
    aliceIds: new Map(),
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await t.close();
    },
  };
  for (let i = 0; i < SEEDED_PER_COLLECTION; i++) {
    await connectAnApp(t, alice);
    await connectAnApp(t, bob);
  }
  await seedThroughApi(harness, alice, harness.aliceIds);
  // fetch (/v1/items/{item_id}) reads any task, record or subject by id.
  harness.aliceIds.set(
    'item_id',
    ['task_id', 'record_id', 'subject_id'].flatMap((name) => harness.aliceIds.get(name) ?? []),
  );
  await seedThroughApi(harness, bob, new Map());
  return harness;
}

/**
 * Each user has allowed apps to act for them, as people do by consenting (no operation
 * creates that), so what addresses connected apps has rows to find.
 */
async function connectAnApp(t: TestApp, user: TestUser): Promise<void> {
  const { clientId } = await createClient(
    t.db,
    {
      name: 'Some assistant',
      redirectUris: ['https://app.example/callback'],
      scopes: ['tasks:read'],
      isPublic: false,
    },
    t.clock.now(),
  );
  await recordConsent(t.db, {
    userId: user.id,
    clientId,
    scopes: ['tasks:read'],
    now: t.clock.now(),
  });
}

/** Every scope any operation names, so the two users can call everything. */
function allScopes(catalog: CatalogOperation[]) {
  const scopes = new Set(catalog.flatMap((op) => op.security.flatMap((s) => s.scopes)));
  return [...scopes] as never[];
}

export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}

/**
 * Creates a few items of every collection for a user by calling each collection's POST
 * with its request example, recording the ids under the path parameter that names them
 * (`POST /v1/tasks` feeds `task_id` of `/v1/tasks/{task_id}`). Collections without a
 * create operation (a journal, say) lend the ids their list operation shows.
 */
async function seedThroughApi(h: Harness, user: TestUser, ids: Map<string, string[]>) {
  // An example may name another collection's item ("subject": "Luna"): what fails for
  // want of it is tried again once everything else exists.
  let pending = h.catalog.filter(
    (op) => op.method === 'post' && op.body?.example !== undefined && itemParameter(h, op),
  );
  for (let pass = 0; pass < 2 && pending.length > 0; pass++) {
    const failed: CatalogOperation[] = [];
    for (const op of pending) {
      const param = itemParameter(h, op) as string;
      try {
        for (let i = 0; i < SEEDED_PER_COLLECTION; i++) {
          const id = await createOne(h, op, user, i);
          ids.set(param, [...(ids.get(param) ?? []), id]);
        }
      } catch (error) {
        if (pass === 1) throw error;
        failed.push(op);
      }
    }
    pending = failed;
  }
  await seedFiles(h, user, ids);
  for (const op of h.catalog) {
    const param = itemParameter(h, op);
    if (op.method !== 'get' || !param || ids.has(param)) continue;
    const answer = await h.call(op, { auth: user.auth });
    const items = (answer.body as { items?: { id?: string }[] } | undefined)?.items ?? [];
    const listed = items.map((item) => item.id).filter((id): id is string => Boolean(id));
    if (listed.length > 0) ids.set(param, listed);
  }
}

/**
 * Uploads: a POST whose body is a file (`application/octet-stream`, with an example) to a
 * collection under an item (`/v1/records/{record_id}/attachments`) is sent its example's
 * bytes on the user's first items, and the ids it answers feed the path parameter of
 * that collection's own items (`/v1/attachments/{attachment_id}`).
 */
async function seedFiles(h: Harness, user: TestUser, ids: Map<string, string[]>) {
  for (const op of h.catalog.filter((o) => o.method === 'post')) {
    const operation = h.t.contract.backend.getOperation(op.operationId) as Operation;
    const media = (
      operation.requestBody as
        | { content?: Record<string, { schema?: { example?: unknown }; example?: unknown }> }
        | undefined
    )?.content?.['application/octet-stream'];
    const example = media?.example ?? media?.schema?.example;
    const match = /^(.*)\/\{([^}]+)\}\/([^/{}]+)$/.exec(op.path);
    if (typeof example !== 'string' || !match) continue;
    const [, , parentParam, collection] = match as unknown as [string, string, string, string];
    const item = h.catalog.find((o) => o.path.startsWith(`/v1/${collection}/{`));
    const param = item?.path.slice(`/v1/${collection}/{`.length).split('}')[0];
    if (!param) continue;
    const query = Object.fromEntries(
      op.parameters.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, p.example]),
    );
    for (const parentId of (ids.get(parentParam) ?? []).slice(0, 3)) {
      const answer = await h.call(op, {
        path: { [parentParam]: parentId },
        query: query as Record<string, unknown>,
        body: Buffer.from(example),
        auth: user.auth,
      });
      const id = (answer.body as { id?: string } | undefined)?.id;
      if (answer.status !== 201 || !id) {
        throw new Error(`uploading with ${op.operationId} failed: ${answer.status} ${answer.text}`);
      }
      ids.set(param, [...(ids.get(param) ?? []), id]);
    }
  }
}

/**
 * `task_id` for `/v1/tasks`, when `/v1/tasks/{task_id}` exists, or an action on one item
 * does (`/v1/activity/{activity_id}/undo`).
 */
function itemParameter(h: Harness, collection: CatalogOperation): string | undefined {
  const prefix = `${collection.path}/{`;
  const item = h.catalog.find((other) => other.path.startsWith(prefix));
  const param = item?.path.slice(prefix.length).split('}')[0];
  return param && !param.includes('/') ? param : undefined;
}

/** One seeded item: the example, its required text numbered after the first. */
function createOne(h: Harness, op: CatalogOperation, user: TestUser, n: number): Promise<string> {
  const body = { ...(op.body?.example as Record<string, unknown>) };
  const required = (op.body?.schema.required ?? []) as string[];
  const properties = (op.body?.schema.properties ?? {}) as Record<string, { format?: string }>;
  for (const name of required) {
    // Text of a format (a URL) stays as it is: numbered, it would be no URL.
    if (n > 0 && typeof body[name] === 'string' && !properties[name]?.format) {
      body[name] = `${body[name]} ${n + 1}`;
    }
  }
  return createItem(h, op, user, body);
}

/**
 * Creates one item and returns its id. Should the API suspect a duplicate (409), the
 * contract's way through is `confirm_duplicate: true`, used when the body offers it.
 */
export async function createItem(
  h: Harness,
  op: CatalogOperation,
  user: TestUser,
  body: Record<string, unknown>,
): Promise<string> {
  let answer = await h.call(op, { body, auth: user.auth });
  const schema = op.body?.schema.properties as Record<string, unknown> | undefined;
  if (answer.status === 409 && schema && 'confirm_duplicate' in schema) {
    answer = await h.call(op, { body: { ...body, confirm_duplicate: true }, auth: user.auth });
  }
  const id = (answer.body as { id?: string } | undefined)?.id;
  if (answer.status >= 300 || !id) {
    throw new Error(`creating with ${op.operationId} failed: ${answer.status} ${answer.text}`);
  }
  return id;
}
