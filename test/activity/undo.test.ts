import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';
import { activity, type Entry, undo } from './support.ts';

let t: TestApp;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
  alice = await t.createUser({ timezone: 'Europe/Berlin' });
  bob = await t.createUser({ timezone: 'Europe/Berlin' });
  await call('post', '/v1/subjects', { name: 'Luna', species: 'cat' });
});
afterAll(() => t.close());

async function call(method: 'post' | 'patch' | 'delete' | 'get', path: string, body?: object) {
  const req = t.request[method](path).set('Authorization', alice.auth);
  const res = body ? await req.send(body) : await req;
  expect(res.status, `${method} ${path} ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
}

/** The newest entry about an item. */
async function latest(entityId: string): Promise<Entry> {
  const [entry] = await activity(t, alice, `entity_id=${entityId}`);
  if (!entry) throw new Error(`no entry for ${entityId}`);
  return entry;
}

async function undone(entry: Entry) {
  const res = await undo(t, alice, entry.id);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Entry;
}

const status = (path: string) => t.request.get(path).set('Authorization', alice.auth);

describe('undoing a change', () => {
  let completedAt: string | undefined;

  it.each([
    {
      name: 'a task create deletes the task',
      setup: async () => call('post', '/v1/tasks', { title: 'Buy cat food' }),
      path: (id: string) => `/v1/tasks/${id}`,
      check: async (id: string) => expect((await status(`/v1/tasks/${id}`)).status).toBe(404),
    },
    {
      name: 'a task update restores the values before it',
      setup: async () => {
        const task = await call('post', '/v1/tasks', {
          title: 'Vet visit',
          due_text: 'friday 9am',
          tags: ['luna'],
        });
        t.clock.advance(60_000);
        await call('patch', `/v1/tasks/${task.id}`, { title: 'Vet', due_date: null, tags: [] });
        return task;
      },
      path: (id: string) => `/v1/tasks/${id}`,
      check: async (id: string) =>
        expect((await status(`/v1/tasks/${id}`)).body).toMatchObject({
          title: 'Vet visit',
          due_at: '2026-11-27T09:00:00.000+01:00',
          due_text: 'friday 9am',
          tags: ['luna'],
        }),
    },
    {
      name: 'a task delete brings the task back',
      setup: async () => {
        const task = await call('post', '/v1/tasks', { title: 'Deleted by mistake' });
        await call('delete', `/v1/tasks/${task.id}`);
        return task;
      },
      path: (id: string) => `/v1/tasks/${id}`,
      check: async (id: string) => {
        expect((await status(`/v1/tasks/${id}`)).body).toMatchObject({
          title: 'Deleted by mistake',
        });
        const listed = await status('/v1/tasks?limit=100');
        expect(listed.body.items.map((task: { id: string }) => task.id)).toContain(id);
      },
    },
    {
      name: 'a complete reopens the task',
      setup: async () => {
        const task = await call('post', '/v1/tasks', { title: 'Water plants' });
        await call('post', `/v1/tasks/${task.id}/complete`);
        return task;
      },
      path: (id: string) => `/v1/tasks/${id}`,
      check: async (id: string) =>
        expect((await status(`/v1/tasks/${id}`)).body).toMatchObject({
          status: 'open',
          completed_at: null,
        }),
    },
    {
      name: 'a reopen completes the task again, as it was',
      setup: async () => {
        const task = await call('post', '/v1/tasks', { title: 'Call mum' });
        completedAt = (await call('post', `/v1/tasks/${task.id}/complete`)).completed_at;
        t.clock.advance(60_000);
        await call('post', `/v1/tasks/${task.id}/reopen`);
        return task;
      },
      path: (id: string) => `/v1/tasks/${id}`,
      check: async (id: string) =>
        expect((await status(`/v1/tasks/${id}`)).body).toMatchObject({
          status: 'done',
          completed_at: completedAt,
        }),
    },
    {
      name: 'a subject create archives the subject',
      setup: async () => call('post', '/v1/subjects', { name: 'Rex', species: 'dog' }),
      path: (id: string) => `/v1/subjects/${id}`,
      check: async (id: string) =>
        expect((await status(`/v1/subjects/${id}`)).body).toMatchObject({ archived: true }),
    },
    {
      name: 'a subject update restores its fields',
      setup: async () => {
        const max = await call('post', '/v1/subjects', { name: 'Max', species: 'dog' });
        await call('patch', `/v1/subjects/${max.id}`, { name: 'Maximus', breed: 'Beagle' });
        return max;
      },
      path: (id: string) => `/v1/subjects/${id}`,
      check: async (id: string) =>
        expect((await status(`/v1/subjects/${id}`)).body).toMatchObject({
          name: 'Max',
          breed: null,
        }),
    },
    {
      name: 'a subject archive brings the subject back',
      setup: async () => {
        const kitty = await call('post', '/v1/subjects', { name: 'Kitty', species: 'cat' });
        await call('delete', `/v1/subjects/${kitty.id}`);
        return kitty;
      },
      path: (id: string) => `/v1/subjects/${id}`,
      check: async (id: string) =>
        expect((await status(`/v1/subjects/${id}`)).body).toMatchObject({ archived: false }),
    },
    {
      name: 'a record create deletes the record',
      setup: async () =>
        call('post', '/v1/records', { subject: 'Luna', type: 'weight', value_text: '4.3 kg' }),
      path: (id: string) => `/v1/records/${id}`,
      check: async (id: string) => expect((await status(`/v1/records/${id}`)).status).toBe(404),
    },
    {
      name: 'a record update restores its value',
      setup: async () => {
        const record = await call('post', '/v1/records', {
          subject: 'Luna',
          type: 'weight',
          value_text: '4.1 kg',
          when: '2026-11-01',
        });
        await call('patch', `/v1/records/${record.id}`, { value_text: '9 lbs', when: 'yesterday' });
        return record;
      },
      path: (id: string) => `/v1/records/${id}`,
      check: async (id: string) =>
        expect((await status(`/v1/records/${id}`)).body).toMatchObject({
          value: 4.1,
          unit: 'kg',
          occurred_date: '2026-11-01',
        }),
    },
    {
      name: 'a record delete brings the record back',
      setup: async () => {
        const record = await call('post', '/v1/records', {
          subject: 'Luna',
          type: 'vaccination',
          title: 'Rabies',
          when: '2026-10-01',
          next_due: '2027-10-01',
        });
        await call('delete', `/v1/records/${record.id}`);
        return record;
      },
      path: (id: string) => `/v1/records/${id}`,
      check: async (id: string) =>
        expect((await status(`/v1/records/${id}`)).body).toMatchObject({
          title: 'Rabies',
          next_due: '2027-10-01',
        }),
    },
  ])('undoing $name, and journals the undo', async ({ setup, check }) => {
    const item = await setup();
    const entry = await latest(item.id);
    t.clock.advance(60_000);
    const undoEntry = await undone(entry);
    await check(item.id);
    expect(undoEntry).toMatchObject({
      operation: 'undo',
      entity: entry.entity,
      entity_id: item.id,
      undoes_id: entry.id,
      before: entry.after,
      undone: false,
    });
    const [newest, original] = await activity(t, alice, `entity_id=${item.id}`);
    expect(newest).toEqual(undoEntry);
    expect(original).toMatchObject({
      id: entry.id,
      undone: true,
      undone_at: undoEntry.created_at,
    });
  });

  it('answers 409 changed_since with what changed, and changes nothing', async () => {
    const task = await call('post', '/v1/tasks', { title: 'Buy cat food', priority: 'high' });
    const created = await latest(task.id);
    await call('patch', `/v1/tasks/${task.id}`, { title: 'Buy cat food and litter' });
    const res = await undo(t, alice, created.id);
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      code: 'changed_since',
      changes: [{ field: 'title', entry_left: 'Buy cat food', current: 'Buy cat food and litter' }],
    });
    expect(res.body.hint).toBeTruthy();
    expect((await status(`/v1/tasks/${task.id}`)).body.title).toBe('Buy cat food and litter');
    expect(await latest(task.id)).toMatchObject({ operation: 'update', undone: false });
  });

  it('answers 409 changed_since when the item was deleted since', async () => {
    const task = await call('post', '/v1/tasks', { title: 'Old idea' });
    const created = await latest(task.id);
    await call('delete', `/v1/tasks/${task.id}`);
    const res = await undo(t, alice, created.id);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'changed_since',
      changes: [{ field: 'deleted', entry_left: false, current: true }],
    });
  });

  it('undoes an entry once: the second time is 409 already_undone', async () => {
    const task = await call('post', '/v1/tasks', { title: 'Once' });
    await call('patch', `/v1/tasks/${task.id}`, { title: 'Twice' });
    const entry = await latest(task.id);
    await undone(entry);
    const again = await undo(t, alice, entry.id);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'already_undone' });
    expect((await status(`/v1/tasks/${task.id}`)).body.title).toBe('Once');
  });

  it('undoes an undo, which redoes the change', async () => {
    const task = await call('post', '/v1/tasks', { title: 'Draft' });
    await call('patch', `/v1/tasks/${task.id}`, { title: 'Final' });
    const undoEntry = await undone(await latest(task.id));
    expect((await status(`/v1/tasks/${task.id}`)).body.title).toBe('Draft');
    await undone(undoEntry);
    expect((await status(`/v1/tasks/${task.id}`)).body.title).toBe('Final');
  });
});

describe('who may see and undo what', () => {
  it('answers 404 for another user’s entry and leaves it be', async () => {
    const task = await call('post', '/v1/tasks', { title: 'Alice’s' });
    const entry = await latest(task.id);
    const res = await undo(t, bob, entry.id);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'not_found' });
    expect((await status(`/v1/tasks/${task.id}`)).status).toBe(200);
    expect(await latest(task.id)).toMatchObject({ id: entry.id, undone: false });
  });

  it('lists only the caller’s own entries, whatever the filter', async () => {
    const mine = new Set((await activity(t, alice)).map((e) => e.id));
    const bobsTask = await t.request
      .post('/v1/tasks')
      .set('Authorization', bob.auth)
      .send({ title: 'Bob’s' });
    for (const query of [
      '',
      'entity=task',
      `actor=${encodeURIComponent((await activity(t, alice))[0]?.actor ?? '')}`,
      'since=2026-01-01',
    ]) {
      const entries = await activity(t, bob, query);
      for (const entry of entries) expect(mine.has(entry.id)).toBe(false);
    }
    expect((await activity(t, bob)).map((e) => e.entity_id)).toEqual([bobsTask.body.id]);
  });

  it('shows a key only the kinds of item its scopes may read', async () => {
    // Alice's journal, read with a key of hers that may only see records and subjects.
    const { key } = await createApiKey(t.db, {
      userId: alice.id,
      name: 'records only',
      scopes: ['records:read', 'records:write'],
      now: t.clock.now(),
    });
    const limited = { ...alice, auth: `Bearer ${key}` };
    const entries = await activity(t, limited);
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((e) => e.entity))).toEqual(new Set(['subject', 'record']));
    const tasksOnly = await t.request
      .get('/v1/activity?entity=task')
      .set('Authorization', limited.auth);
    expect(tasksOnly.status).toBe(403);
    expect(tasksOnly.body).toMatchObject({ code: 'insufficient_scope' });

    const taskEntry = (await activity(t, alice, 'entity=task'))[0] as Entry;
    const refused = await undo(t, limited, taskEntry.id);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'insufficient_scope' });
    expect(refused.headers['www-authenticate']).toContain('scope="tasks:write"');
  });

  it('answers 403 to a key that may neither read tasks nor records', async () => {
    const accountOnly = await t.createUser({ scopes: ['account'] });
    const res = await t.request.get('/v1/activity').set('Authorization', accountOnly.auth);
    expect(res.status).toBe(403);
    expect(res.body.detail).toContain('one of the scopes');
  });
});
