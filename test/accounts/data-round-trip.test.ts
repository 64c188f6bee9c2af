import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_SCOPES } from '../../src/auth/principal.ts';
import { createDemoApp, type DemoApp } from '../support/demo.ts';

/**
 * The export is the whole account and nothing else, and it imports back exactly: an
 * account made from A's file exports the very bytes A's export did.
 */
describe('exportAccount and importAccount', () => {
  let demo: DemoApp;
  let exportA: string;

  beforeAll(async () => {
    demo = await createDemoApp({ scopes: [...ALL_SCOPES] });
    const { t, user, ids } = demo;
    const api = (method: 'post' | 'delete', path: string, body?: object) =>
      t.request[method](path).set('Authorization', user.auth).send(body);
    // A repeating task, completed once, so its next occurrence follows it.
    const weekly = await api('post', '/v1/tasks', {
      title: 'Brush Luna',
      repeat: 'every week',
      due_text: 'tomorrow',
      subject_id: ids.Luna,
      tags: ['grooming'],
    });
    expect(weekly.status).toBe(201);
    expect((await api('post', `/v1/tasks/${weekly.body.id}/complete`)).status).toBe(200);
    // A pet removed from the lists, with a record that stays.
    const pet = await api('post', '/v1/subjects', { name: 'Old Tom', kind: 'pet', species: 'cat' });
    expect(pet.status).toBe(201);
    const tomWeight = await api('post', '/v1/records', {
      subject_id: pet.body.id,
      type: 'weight',
      value_text: '5.1 kg',
      when: '2026-10-01',
    });
    expect(tomWeight.status).toBe(201);
    expect((await api('delete', `/v1/subjects/${pet.body.id}`)).status).toBe(204);
    // Deleted things are left out.
    const gone = await api('post', '/v1/tasks', { title: 'A task deleted again' });
    expect((await api('delete', `/v1/tasks/${gone.body.id}`)).status).toBe(204);
    const goneRecord = await api('post', '/v1/records', { type: 'note', title: 'A deleted note' });
    expect((await api('delete', `/v1/records/${goneRecord.body.id}`)).status).toBe(204);

    const res = await t.request.get('/v1/account/export').set('Authorization', user.auth);
    expect(res.status).toBe(200);
    exportA = res.text;
  });

  afterAll(() => demo.t.close());

  it('holds every record type, repeats, tags, done tasks and archived subjects, without ids or deleted things', () => {
    const doc = JSON.parse(exportA);
    expect(doc.format).toBe('tend-export');
    expect(doc.version).toBe(1);
    expect(doc.account).toEqual({
      display_name: demo.user.display_name,
      timezone: 'Europe/Berlin',
    });
    expect(Object.keys(doc.account)).not.toContain('email');
    const types = new Set(doc.records.map((r: { type: string }) => r.type));
    for (const type of ['weight', 'vaccination', 'medication', 'symptom', 'visit']) {
      expect(types).toContain(type);
    }
    expect(doc.tasks.some((t: { status: string }) => t.status === 'done')).toBe(true);
    const next = doc.tasks.find(
      (t: { title: string; repeated_from: string | null }) =>
        t.title === 'Brush Luna' && t.repeated_from !== null,
    );
    expect(next.repeat_rule).toMatch(/FREQ=WEEKLY/);
    expect(next.tags).toEqual(['grooming']);
    const tom = doc.subjects.find((s: { name: string }) => s.name === 'Old Tom');
    expect(tom.archived_at).not.toBeNull();
    expect(doc.records.filter((r: { subject: string }) => r.subject === tom.ref)).toHaveLength(1);
    expect(exportA).not.toContain('deleted again');
    expect(exportA).not.toContain('A deleted note');
    expect(exportA).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(doc.subjects[0].is_self).toBe(true);
  });

  it('imports into a new account, whose export is byte for byte the same', async () => {
    const { t } = demo;
    const b = await t.createUser({ timezone: 'America/New_York', scopes: [...ALL_SCOPES] });
    const imported = await t.request
      .post('/v1/account/import')
      .set('Authorization', b.auth)
      .set('Content-Type', 'application/json')
      .send(exportA);
    expect(imported.status, imported.text).toBe(201);
    const doc = JSON.parse(exportA);
    expect(imported.body).toEqual({
      subjects: doc.subjects.length,
      tasks: doc.tasks.length,
      records: doc.records.length,
    });
    const exportB = await t.request.get('/v1/account/export').set('Authorization', b.auth);
    expect(exportB.text).toBe(exportA);
    // And the account works as one: its lists show what came in.
    const tasks = await t.request
      .get('/v1/tasks?status=all&limit=100')
      .set('Authorization', b.auth);
    expect(tasks.body.items.length).toBeGreaterThan(0);
  });

  it('refuses an account that has data already, and a retry with the same key replays', async () => {
    const { t } = demo;
    const c = await t.createUser({ scopes: [...ALL_SCOPES] });
    const send = () =>
      t.request
        .post('/v1/account/import')
        .set('Authorization', c.auth)
        .set('Idempotency-Key', '"import-1"')
        .set('Content-Type', 'application/json')
        .send(exportA);
    const first = await send();
    expect(first.status).toBe(201);
    const retry = await send();
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const again = await t.request
      .post('/v1/account/import')
      .set('Authorization', c.auth)
      .set('Content-Type', 'application/json')
      .send(exportA);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('account_not_empty');
    const exportC = await t.request.get('/v1/account/export').set('Authorization', c.auth);
    expect(exportC.text).toBe(exportA);
  });

  it('is all or nothing: a bad record in the middle leaves nothing behind', async () => {
    const { t } = demo;
    const d = await t.createUser({ scopes: [...ALL_SCOPES] });
    const before = await t.request.get('/v1/account/export').set('Authorization', d.auth);
    const doc = JSON.parse(exportA);
    const middle = Math.floor(doc.records.length / 2);
    // Passes the schema and every check, and fails only when the database writes it, after
    // the account, its people and pets and half the records were written: PostgreSQL has
    // no year 0.
    doc.records[middle].occurred_on = '0000-01-01';
    const res = await t.request.post('/v1/account/import').set('Authorization', d.auth).send(doc);
    expect(res.status).toBe(500);
    const after = await t.request.get('/v1/account/export').set('Authorization', d.auth);
    expect(after.text).toBe(before.text);
  });

  it('answers a clear problem for a document that does not hold together', async () => {
    const { t } = demo;
    const e = await t.createUser({ scopes: [...ALL_SCOPES] });
    const doc = JSON.parse(exportA);
    doc.records[0].subject = 's999';
    const dangling = await t.request
      .post('/v1/account/import')
      .set('Authorization', e.auth)
      .send(doc);
    expect(dangling.status).toBe(422);
    expect(dangling.body.code).toBe('inconsistent_export');
    expect(dangling.body.errors[0].pointer).toBe('/body/records/0/subject');

    const later = { ...JSON.parse(exportA), version: 2 };
    const version = await t.request
      .post('/v1/account/import')
      .set('Authorization', e.auth)
      .send(later);
    expect(version.status).toBe(422);
    expect(version.body.code).toBe('unknown_export_version');

    const stray = await t.request
      .post('/v1/account/import')
      .set('Authorization', e.auth)
      .send({ hello: 'world' });
    expect(stray.status).toBe(400);
  });

  it('needs the account scope', async () => {
    const res = await demo.t.request
      .get('/v1/account/export')
      .set('Authorization', (await demo.t.createUser()).auth);
    expect(res.status).toBe(403);
  });
});
