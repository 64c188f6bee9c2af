import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journaled } from '../../src/activity/journal.ts';
import type { HandlerContext } from '../../src/contract/handler-types.ts';
import { insertTask } from '../../src/tasks/queries.ts';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';
import { activity, actorOf } from './support.ts';

let t: TestApp;
let alice: TestUser;
let actor: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-22T09:00:00Z' });
  alice = await t.createUser({ timezone: 'Europe/Berlin' });
  actor = await actorOf(t, alice);
  const luna = await t.request
    .post('/v1/subjects')
    .set('Authorization', alice.auth)
    .send({ name: 'Luna', species: 'cat' });
  expect(luna.status).toBe(201);
});
afterAll(() => t.close());

const as = (req: { set(name: string, value: string): Promise<Response> }) =>
  req.set('Authorization', alice.auth);

interface Case {
  name: string;
  run: () => Promise<Response>;
  /** Where the new item's id is kept, for the cases after a create. */
  keep?: string;
  want: {
    operation: string;
    entity: string;
    id: () => string | undefined;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    changed_fields: string[];
  };
}

const cases: Case[] = [
  {
    name: 'createTask',
    run: () => as(t.request.post('/v1/tasks').send({ title: 'Buy cat food', subject: 'Luna' })),
    keep: 'task',
    want: {
      operation: 'create',
      entity: 'task',
      id: () => ids.task,
      before: null,
      after: { title: 'Buy cat food', status: 'open', subject_name: 'Luna' },
      changed_fields: [],
    },
  },
  {
    name: 'updateTask',
    run: () => as(t.request.patch(`/v1/tasks/${ids.task}`).send({ title: 'Buy cat litter' })),
    want: {
      operation: 'update',
      entity: 'task',
      id: () => ids.task,
      before: { title: 'Buy cat food' },
      after: { title: 'Buy cat litter' },
      changed_fields: ['title'],
    },
  },
  {
    name: 'completeTask',
    run: () => as(t.request.post(`/v1/tasks/${ids.task}/complete`)),
    want: {
      operation: 'complete',
      entity: 'task',
      id: () => ids.task,
      before: { status: 'open', completed_at: null },
      after: { status: 'done', completed_at: '2026-11-22T10:00:00.000+01:00' },
      changed_fields: ['status', 'completed_at'],
    },
  },
  {
    name: 'reopenTask',
    run: () => as(t.request.post(`/v1/tasks/${ids.task}/reopen`)),
    want: {
      operation: 'reopen',
      entity: 'task',
      id: () => ids.task,
      before: { status: 'done' },
      after: { status: 'open', completed_at: null },
      changed_fields: ['status', 'completed_at'],
    },
  },
  {
    name: 'deleteTask',
    run: () => as(t.request.delete(`/v1/tasks/${ids.task}`)),
    want: {
      operation: 'delete',
      entity: 'task',
      id: () => ids.task,
      before: { title: 'Buy cat litter' },
      after: null,
      changed_fields: ['deleted'],
    },
  },
  {
    name: 'createSubject',
    run: () => as(t.request.post('/v1/subjects').send({ name: 'Max', species: 'dog' })),
    keep: 'subject',
    want: {
      operation: 'create',
      entity: 'subject',
      id: () => ids.subject,
      before: null,
      after: { name: 'Max', species: 'dog', archived: false },
      changed_fields: [],
    },
  },
  {
    name: 'updateSubject',
    run: () => as(t.request.patch(`/v1/subjects/${ids.subject}`).send({ breed: 'Beagle' })),
    want: {
      operation: 'update',
      entity: 'subject',
      id: () => ids.subject,
      before: { breed: null },
      after: { breed: 'Beagle' },
      changed_fields: ['breed'],
    },
  },
  {
    name: 'deleteSubject',
    run: () => as(t.request.delete(`/v1/subjects/${ids.subject}`)),
    want: {
      operation: 'delete',
      entity: 'subject',
      id: () => ids.subject,
      before: { name: 'Max', archived: false },
      after: { name: 'Max', archived: true },
      changed_fields: ['archived'],
    },
  },
  {
    name: 'createRecord',
    run: () =>
      as(
        t.request
          .post('/v1/records')
          .send({ subject: 'Luna', type: 'weight', value_text: '4.3 kg' }),
      ),
    keep: 'record',
    want: {
      operation: 'create',
      entity: 'record',
      id: () => ids.record,
      before: null,
      after: { type: 'weight', value: 4.3, unit: 'kg', subject_name: 'Luna' },
      changed_fields: [],
    },
  },
  {
    name: 'updateRecord',
    run: () => as(t.request.patch(`/v1/records/${ids.record}`).send({ value_text: '4.4 kg' })),
    want: {
      operation: 'update',
      entity: 'record',
      id: () => ids.record,
      before: { value: 4.3 },
      after: { value: 4.4 },
      changed_fields: ['value', 'value_text'],
    },
  },
  {
    name: 'deleteRecord',
    run: () => as(t.request.delete(`/v1/records/${ids.record}`)),
    want: {
      operation: 'delete',
      entity: 'record',
      id: () => ids.record,
      before: { value: 4.4 },
      after: null,
      changed_fields: ['deleted'],
    },
  },
];

describe('the activity journal', () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    '%s writes exactly one entry with who, what, before and after',
    async (_name, c) => {
      const earlier = await activity(t, alice);
      const res = await c.run();
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
      if (c.keep) ids[c.keep] = res.body.id;
      const now = await activity(t, alice);
      expect(now).toHaveLength(earlier.length + 1);
      const entry = now[0];
      expect(entry).toMatchObject({
        actor,
        operation: c.want.operation,
        entity: c.want.entity,
        entity_id: c.want.id(),
        changed_fields: c.want.changed_fields,
        undoes_id: null,
        undone: false,
        undone_at: null,
      });
      if (c.want.before === null) expect(entry?.before).toBeNull();
      else expect(entry?.before).toMatchObject({ id: c.want.id(), ...c.want.before });
      if (c.want.after === null) expect(entry?.after).toBeNull();
      else expect(entry?.after).toMatchObject({ id: c.want.id(), ...c.want.after });
    },
  );

  it.each([
    [
      'an update of an unknown task',
      () => as(t.request.patch(`/v1/tasks/${crypto.randomUUID()}`).send({ title: 'x' })),
      404,
    ],
    [
      'a weight without its value',
      () => as(t.request.post('/v1/records').send({ subject: 'Luna', type: 'weight' })),
      422,
    ],
    ['a suspected duplicate', () => as(t.request.post('/v1/subjects').send({ name: 'Luna' })), 409],
    [
      'an update of a deleted task',
      () => as(t.request.patch(`/v1/tasks/${ids.task}`).send({ title: 'x' })),
      404,
    ],
    ['deleting a deleted record', () => as(t.request.delete(`/v1/records/${ids.record}`)), 404],
  ] as const)('writes no entry for %s', async (_name, run, status) => {
    const earlier = await activity(t, alice);
    const res = await run();
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(await activity(t, alice)).toEqual(earlier);
  });

  it('writes no entry for a write that changes nothing', async () => {
    const task = await as(t.request.post('/v1/tasks').send({ title: 'Water plants' }));
    await as(t.request.post(`/v1/tasks/${task.body.id}/complete`));
    const earlier = await activity(t, alice);
    t.clock.advance(60_000);
    expect((await as(t.request.post(`/v1/tasks/${task.body.id}/complete`))).status).toBe(200);
    expect((await as(t.request.patch(`/v1/tasks/${task.body.id}`).send({}))).status).toBe(200);
    expect(await activity(t, alice)).toEqual(earlier);
  });

  it('keeps neither the change nor the entry when the transaction fails', async () => {
    const ctx = {
      principal: { actor } as HandlerContext['principal'],
      userId: alice.id,
      db: t.db,
      now: t.clock.now,
    } as HandlerContext;
    const earlier = await activity(t, alice);
    await expect(
      journaled(ctx, { entity: 'task', operation: 'create' }, async (db) => {
        await insertTask(
          db,
          alice.id,
          {
            title: 'Never kept',
            notes: null,
            priority: 'normal',
            tags: [],
            subject_id: null,
            due_at: null,
            due_by: null,
            due_date_only: false,
            due_text: null,
          },
          t.clock.now(),
        );
        throw new Error('the write fails after the insert');
      }),
    ).rejects.toThrow('the write fails');
    expect(await t.db('tasks').where({ title: 'Never kept' })).toEqual([]);
    expect(await activity(t, alice)).toEqual(earlier);
  });
});
