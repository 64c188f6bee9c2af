import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { createTestApp, PUBLIC_URL, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let alice: TestUser;
let bob: TestUser;
let taskId: string;
let recordId: string;
let subjectId: string;

function call(name: string, args: Record<string, unknown>, auth = alice.auth) {
  return t.request
    .post('/mcp')
    .set('Authorization', auth)
    .set('Accept', 'application/json, text/event-stream')
    .send({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } });
}

beforeAll(async () => {
  t = await createTestApp();
  alice = await t.createUser();
  bob = await t.createUser();
  const subject = await t.request
    .post('/v1/subjects')
    .set('Authorization', alice.auth)
    .send({ name: 'Luna', kind: 'pet', species: 'cat' });
  subjectId = subject.body.id;
  const record = await t.request
    .post('/v1/records')
    .set('Authorization', alice.auth)
    .send({ subject_id: subjectId, type: 'vaccination', title: 'Rabies booster' });
  recordId = record.body.id;
  const task = await t.request
    .post('/v1/tasks')
    .set('Authorization', alice.auth)
    .send({ title: 'Book the rabies appointment', notes: 'Ask for Saturday' });
  taskId = task.body.id;
});
afterAll(async () => {
  await t.close();
});

describe('ChatGPT’s search and fetch', () => {
  it('search takes one `query` and answers the results OpenAI documents in its text', async () => {
    const res = await call('search', { query: 'rabies' });
    const result = res.body.result;
    expect(result.isError).toBeUndefined();
    const { results } = JSON.parse(result.content[0].text);
    expect(results).toEqual(
      expect.arrayContaining([
        { id: recordId, title: 'Rabies booster', url: `${PUBLIC_URL}/records/${recordId}` },
        {
          id: taskId,
          title: 'Book the rabies appointment',
          url: `${PUBLIC_URL}/tasks/${taskId}`,
        },
      ]),
    );
    // The rich page is the structured result, each hit with its url too.
    expect(result.structuredContent.items.map((hit: { url: string }) => hit.url)).toEqual(
      results.map((hit: { url: string }) => hit.url),
    );
  });

  it('search takes `q` over HTTP, the same words the tool takes as `query`', async () => {
    const q = await t.request.get('/v1/search?q=rabies').set('Authorization', alice.auth);
    expect(q.status).toBe(200);
    expect(q.body.items.map((hit: { id: string }) => hit.id).sort()).toEqual(
      [recordId, taskId].sort(),
    );
    const list = await t.request
      .post('/mcp')
      .set('Authorization', alice.auth)
      .send({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
    const search = list.body.result.tools.find((tool: { name: string }) => tool.name === 'search');
    expect(search.inputSchema.required).toEqual(['query']);
    expect(search.inputSchema.properties).not.toHaveProperty('q');
  });

  it('fetch reads a task, a record or a subject by id as a document', async () => {
    for (const [id, kind, title] of [
      [taskId, 'task', 'Book the rabies appointment'],
      [recordId, 'record', 'Rabies booster'],
      [subjectId, 'subject', 'Luna'],
    ] as const) {
      const result = (await call('fetch', { item_id: id })).body.result;
      const doc = JSON.parse(result.content[0].text);
      expect(doc).toEqual(result.structuredContent);
      expect(doc).toMatchObject({ id, title, url: `${PUBLIC_URL}/${kind}s/${id}` });
      expect(doc.metadata.kind).toBe(kind);
      expect(doc.text).toContain(`${kind === 'subject' ? 'name' : 'title'}: ${title}`);
    }
    const task = (await call('fetch', { item_id: taskId })).body.result.structuredContent;
    expect(task.text).toContain('notes: Ask for Saturday');
    const record = (await call('fetch', { item_id: recordId })).body.result.structuredContent;
    expect(record.metadata).toEqual({
      kind: 'record',
      subject_id: subjectId,
      subject_name: 'Luna',
    });
  });

  it('fetch finds nothing of another user’s, nor what the token may not read', async () => {
    const other = await t.request.get(`/v1/items/${taskId}`).set('Authorization', bob.auth);
    expect(other.status).toBe(404);
    // Alice's own key for tasks alone: her record is not there for it, her task is.
    const { key } = await createApiKey(t.db, {
      userId: alice.id,
      name: 'tasks only',
      scopes: ['tasks:read'],
      now: t.clock.now(),
    });
    const record = await t.request
      .get(`/v1/items/${recordId}`)
      .set('Authorization', `Bearer ${key}`);
    expect(record.status).toBe(404);
    const task = await t.request.get(`/v1/items/${taskId}`).set('Authorization', `Bearer ${key}`);
    expect(task.status).toBe(200);
    const mcp = await call('fetch', { item_id: recordId }, `Bearer ${key}`);
    expect(mcp.body.result.isError).toBe(true);
  });
});
