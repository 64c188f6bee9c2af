import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHousekeeping } from '../../src/app/housekeeping.ts';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';
import { activity, undo } from './support.ts';

const DAY = 24 * 60 * 60 * 1000;
let t: TestApp;
let alice: TestUser;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
  alice = await t.createUser({ timezone: 'Europe/Berlin' });
  await send('post', '/v1/subjects', { name: 'Luna', species: 'cat' });
});
afterAll(() => t.close());

function send(method: 'get' | 'post' | 'patch' | 'delete', path: string, body?: object) {
  const req = t.request[method](path).set('Authorization', alice.auth);
  return body ? req.send(body) : req;
}

async function created(path: string, body: object): Promise<string> {
  const res = await send('post', path, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function listedIds(path: string): Promise<string[]> {
  const res = await send('get', path);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items.map((item: { id: string }) => item.id);
}

describe('a deleted task', () => {
  let id: string;
  beforeAll(async () => {
    id = await created('/v1/tasks', { title: 'Gone task', subject: 'Luna', tags: ['gone'] });
    expect((await send('delete', `/v1/tasks/${id}`)).status).toBe(204);
  });

  it.each([
    ['getTask', () => send('get', `/v1/tasks/${id}`)],
    ['updateTask', () => send('patch', `/v1/tasks/${id}`, { title: 'Back?' })],
    ['completeTask', () => send('post', `/v1/tasks/${id}/complete`)],
    ['reopenTask', () => send('post', `/v1/tasks/${id}/reopen`)],
    ['deleteTask', () => send('delete', `/v1/tasks/${id}`)],
  ])('is not found by %s', async (_name, run) => {
    const res = await run();
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'not_found' });
  });

  it.each([
    'status=all',
    'status=done',
    'q=Gone',
    'tag=gone',
    'subject=Luna&status=all',
    'due_after=2000-01-01&status=all',
  ])('is left out of listTasks?%s', async (query) => {
    expect(await listedIds(`/v1/tasks?limit=100&${query}`)).not.toContain(id);
  });

  it('stays in the table, hidden, until it is purged', async () => {
    const row = await t.db('tasks').where({ id }).first('deleted_at');
    expect(row.deleted_at).toEqual(t.clock.now());
  });
});

describe('a deleted record', () => {
  const weight = { subject: 'Luna', type: 'weight', value_text: '4.3 kg', when: '2026-11-20' };
  let id: string;
  let lunaId: string;
  beforeAll(async () => {
    id = await created('/v1/records', { ...weight, tags: ['gone'] });
    lunaId = (await send('get', `/v1/records/${id}`)).body.subject_id;
    expect((await send('delete', `/v1/records/${id}`)).status).toBe(204);
  });

  it.each([
    ['getRecord', () => send('get', `/v1/records/${id}`)],
    ['updateRecord', () => send('patch', `/v1/records/${id}`, { title: 'Back?' })],
    ['deleteRecord', () => send('delete', `/v1/records/${id}`)],
  ])('is not found by %s', async (_name, run) => {
    const res = await run();
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'not_found' });
  });

  it.each(['', 'type=weight', 'tag=gone', 'q=weight', 'from=2026-11-01'])(
    'is left out of listRecords?%s',
    async (query) => {
      expect(await listedIds(`/v1/records?limit=100&${query}`)).not.toContain(id);
      expect(await listedIds(`/v1/records?limit=100&subject_id=${lunaId}&${query}`)).not.toContain(
        id,
      );
    },
  );

  it('is no duplicate of the same record written again', async () => {
    const res = await send('post', '/v1/records', weight);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });
});

describe('restoring and purging', () => {
  it('brings a deleted task back by undoing its deletion', async () => {
    const id = await created('/v1/tasks', { title: 'Restore me' });
    await send('delete', `/v1/tasks/${id}`);
    const [deletion] = await activity(t, alice, `entity_id=${id}`);
    expect((await undo(t, alice, deletion?.id as string)).status).toBe(200);
    expect((await send('get', `/v1/tasks/${id}`)).body.title).toBe('Restore me');
    expect(await listedIds('/v1/tasks?limit=100')).toContain(id);
  });

  it('purges deleted tasks and records after 30 days, not before', async () => {
    t.clock.set('2026-12-01T09:00:00Z');
    const task = await created('/v1/tasks', { title: 'Purge me' });
    const kept = await created('/v1/tasks', { title: 'Keep me' });
    const record = await created('/v1/records', { subject: 'Luna', type: 'note', title: 'Purge' });
    await send('delete', `/v1/tasks/${task}`);
    await send('delete', `/v1/records/${record}`);
    const [deletion] = await activity(t, alice, `entity_id=${task}`);
    // Everything deleted before today is older still: purge it first.
    await runHousekeeping(t.db, new Date('2026-12-30T09:00:00Z'));

    t.clock.set('2026-12-30T09:00:00Z');
    expect(await runHousekeeping(t.db, t.clock.now())).toMatchObject({ tasks: 0, records: 0 });
    expect(await t.db('tasks').where({ id: task }).first('id')).toBeTruthy();
    expect(await t.db('records').where({ id: record }).first('id')).toBeTruthy();

    t.clock.advance(2 * DAY);
    expect(await runHousekeeping(t.db, t.clock.now())).toMatchObject({ tasks: 1, records: 1 });
    expect(await t.db('tasks').where({ id: task }).first('id')).toBeUndefined();
    expect(await t.db('records').where({ id: record }).first('id')).toBeUndefined();
    expect((await send('get', `/v1/tasks/${kept}`)).status).toBe(200);

    const late = await undo(t, alice, deletion?.id as string);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'changed_since' });
    expect(late.body.detail).toContain('deleted for good');
  });
});
