import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PUBLIC_URL, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let owner: TestUser;
let other: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.createUser({ scopes: ['account'] });
  other = await t.createUser({ scopes: ['account'] });
});
afterAll(() => t.close());

const create = (user: TestUser, body: Record<string, unknown>) =>
  t.request.post('/v1/widgets').set('Authorization', user.auth).send(body);

describe('widget settings', () => {
  it('creates a widget with the defaults and normalized origins', async () => {
    const res = await create(owner, {
      name: ' Family page ',
      allowed_origins: [
        'HTTPS://Family.Example:443',
        'http://localhost:8080',
        'https://family.example',
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Family page',
      allowed_origins: ['https://family.example', 'http://localhost:8080'],
      theme: 'light',
      position: 'bottom-right',
    });
    expect(res.body.greeting.length).toBeGreaterThan(5);
    const row = await t.db('widgets').where({ id: res.body.id }).first();
    expect(row.user_id).toBe(owner.id);
    expect(row.client_id).toBeNull();
  });

  it('keeps the theme, position and greeting given', async () => {
    const res = await create(owner, {
      name: 'Sitter',
      allowed_origins: ['https://sitter.example'],
      theme: 'dark',
      position: 'bottom-left',
      greeting: 'Hello, sitter!',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      theme: 'dark',
      position: 'bottom-left',
      greeting: 'Hello, sitter!',
    });
  });

  it.each([
    ['a path', 'https://family.example/page'],
    ['a user name', 'https://me@family.example'],
    ['another scheme', 'ftp://family.example'],
    ['no host', 'https://'],
  ])('refuses an origin with %s, naming the field', async (_what, origin) => {
    const res = await create(owner, {
      name: 'Bad',
      allowed_origins: ['https://ok.example', origin],
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    expect(JSON.stringify(res.body.errors)).toContain('/body/allowed_origins/1');
  });

  it('refuses no origins, an unknown theme and unknown fields', async () => {
    for (const body of [
      { name: 'x', allowed_origins: [] },
      { name: 'x', allowed_origins: ['https://a.example'], theme: 'pink' },
      { name: 'x', allowed_origins: ['https://a.example'], colour: 'red' },
      { allowed_origins: ['https://a.example'] },
    ]) {
      const res = await create(owner, body);
      expect(res.status).toBe(400);
    }
  });

  it('updates only the fields sent; a bad origin changes nothing', async () => {
    const made = await create(owner, { name: 'Edit me', allowed_origins: ['https://a.example'] });
    const id = made.body.id as string;
    t.clock.advance(1000);
    const res = await t.request
      .patch(`/v1/widgets/${id}`)
      .set('Authorization', owner.auth)
      .send({ theme: 'dark', allowed_origins: ['https://B.example'] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Edit me',
      theme: 'dark',
      allowed_origins: ['https://b.example'],
    });
    expect(res.body.updated_at).not.toBe(made.body.updated_at);
    const bad = await t.request
      .patch(`/v1/widgets/${id}`)
      .set('Authorization', owner.auth)
      .send({ name: 'Renamed', allowed_origins: ['https://b.example/x'] });
    expect(bad.status).toBe(400);
    const got = await t.request.get(`/v1/widgets/${id}`).set('Authorization', owner.auth);
    expect(got.body.name).toBe('Edit me');
  });

  it("answers 404 for another person's widget on every operation", async () => {
    const made = await create(owner, { name: 'Mine', allowed_origins: ['https://a.example'] });
    const path = `/v1/widgets/${made.body.id}`;
    const as = other.auth;
    expect((await t.request.get(path).set('Authorization', as)).status).toBe(404);
    expect((await t.request.patch(path).set('Authorization', as).send({ name: 'x' })).status).toBe(
      404,
    );
    expect((await t.request.delete(path).set('Authorization', as)).status).toBe(404);
    expect((await t.request.get(`${path}/embed-code`).set('Authorization', as)).status).toBe(404);
    const list = await t.request.get('/v1/widgets').set('Authorization', as);
    expect(list.body.items.map((w: { id: string }) => w.id)).not.toContain(made.body.id);
    expect((await t.request.get(path).set('Authorization', owner.auth)).status).toBe(200);
  });

  it('needs the account scope', async () => {
    const tasksOnly = await t.createUser({ scopes: ['tasks:read'] });
    const res = await t.request.get('/v1/widgets').set('Authorization', tasksOnly.auth);
    expect(res.status).toBe(403);
  });

  it('gives the embed code: the script tag with the widget id', async () => {
    const made = await create(owner, { name: 'Embed', allowed_origins: ['https://a.example'] });
    const res = await t.request
      .get(`/v1/widgets/${made.body.id}/embed-code`)
      .set('Authorization', owner.auth);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      html: `<script src="${PUBLIC_URL}/widget.js" data-tend-widget="${made.body.id}" async></script>`,
      script_url: `${PUBLIC_URL}/widget.js`,
    });
  });

  it('pages newest first without repeats', async () => {
    const pager = await t.createUser({ scopes: ['account'] });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      t.clock.advance(1000);
      ids.push(
        (await create(pager, { name: `W${i}`, allowed_origins: ['https://a.example'] })).body.id,
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = cursor ? { limit: 2, cursor } : { limit: 2 };
      const res: { status: number; body: { items: { id: string }[]; next_cursor: string | null } } =
        await t.request.get('/v1/widgets').query(query).set('Authorization', pager.auth);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((w) => w.id));
      cursor = res.body.next_cursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    const bad = await t.request.get('/v1/widgets?cursor=nope').set('Authorization', pager.auth);
    expect(bad.status).toBe(400);
  });

  it('deletes a widget and its sign-in client', async () => {
    const made = await create(owner, { name: 'Gone', allowed_origins: ['https://a.example'] });
    // Its settings asked for once: the client exists.
    await t.request.get(`/widget/${made.body.id}/settings`).set('Origin', 'https://a.example');
    const { client_id } = await t.db('widgets').where({ id: made.body.id }).first();
    expect(client_id).toMatch(/^tc_/);
    t.clock.advance(1000);
    const res = await t.request
      .delete(`/v1/widgets/${made.body.id}`)
      .set('Authorization', owner.auth);
    expect(res.status).toBe(204);
    expect(await t.db('oauth_clients').where({ id: client_id }).first()).toBeUndefined();
    const again = await t.request
      .get(`/v1/widgets/${made.body.id}`)
      .set('Authorization', owner.auth);
    expect(again.status).toBe(404);
    const logged = await t
      .db('security_events')
      .where({ user_id: owner.id, detail: 'Gone' })
      .orderBy('at')
      .pluck('kind');
    expect(logged).toEqual(['widget_created', 'widget_deleted']);
  });
});
