import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { ScriptedProvider } from '../support/chat.ts';

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

const CHAT_SCOPES = ['tasks:read', 'tasks:write', 'records:read', 'records:write', 'chat'] as const;

async function setUp(options: Parameters<typeof createTestApp>[0] = {}) {
  t = await createTestApp(options);
  const user = await t.createUser({ scopes: [...CHAT_SCOPES] });
  const res = await t.request
    .post('/v1/conversations')
    .set('Authorization', user.auth)
    .send({ title: 'Test' })
    .expect(201);
  const send = (body: object) =>
    t.request
      .post(`/v1/conversations/${res.body.id}/messages`)
      .set('Authorization', user.auth)
      .send(body);
  return { user, id: res.body.id as string, send };
}

describe('the chat without a model', () => {
  it('says plainly that it is not set up, and the rest of Tend works', async () => {
    const { user, send } = await setUp();
    const res = await send({ content: 'Hello' }).expect(503);
    expect(res.body).toMatchObject({ code: 'chat_not_configured' });
    expect(res.body.hint).toContain('LLM_BASE_URL');
    await t.request.get('/v1/tasks').set('Authorization', user.auth).expect(200);
    expect(await t.db('chat_messages').count({ n: '*' })).toEqual([{ n: 0 }]);
  });
});

describe('the monthly budget', () => {
  it('refuses with a problem and does not call the model once it is spent', async () => {
    const provider = new ScriptedProvider([
      { text: ['Hi.'], usage: { inputTokens: 500_000, outputTokens: 0 } },
      { text: ['Happy new year!'] },
    ]);
    const { user, send } = await setUp({
      now: '2026-12-15T10:00:00Z',
      chatProvider: provider,
      chatPolicy: { prices: { 'test-model': { input: 2, output: 8 } }, monthlyBudgetUsd: 1 },
    });
    await send({ content: 'Hello' }).expect(200); // costs $1.00 exactly
    const res = await send({ content: 'Hello again' }).expect(402);
    expect(res.body).toMatchObject({ code: 'chat_budget_spent' });
    expect(res.body.hint).toContain('2027-01-01');
    expect(provider.requests).toHaveLength(1);
    const usage = await t.request.get('/v1/usage').set('Authorization', user.auth).expect(200);
    expect(usage.body.budget).toEqual({ monthly_usd: 1, spent_usd: 1, remaining_usd: 0 });
    expect(usage.body.days).toEqual([
      {
        day: '2026-12-15',
        provider: 'openai',
        model: 'test-model',
        calls: 1,
        input_tokens: 500_000,
        output_tokens: 0,
        cached_tokens: 0,
        cost_usd: 1,
      },
    ]);
    // A new month (in the person's zone, Berlin) starts over.
    t.clock.set('2026-12-31T23:30:00Z');
    await send({ content: 'Happy new year' }).expect(200);
    expect(provider.requests).toHaveLength(2);
  });
});

describe('the message rate', () => {
  it('lets a person send so many messages a minute, then says when to go on', async () => {
    const provider = new ScriptedProvider(Array.from({ length: 3 }, () => ({ text: ['ok'] })));
    const { send } = await setUp({ chatProvider: provider, chatPolicy: { messagesPerMinute: 2 } });
    await send({ content: 'one' }).expect(200);
    t.clock.advance(10_000);
    await send({ content: 'two' }).expect(200);
    const res = await send({ content: 'three' }).expect(429);
    expect(res.headers['retry-after']).toBe('50');
    t.clock.advance(50_000);
    await send({ content: 'three' }).expect(200);
  });
});

describe('tools', () => {
  it("R15: run with the owner's scopes and never more", async () => {
    const provider = new ScriptedProvider([
      { toolCalls: [{ id: 'c1', name: 'createTask', arguments: { title: 'Walk Max' } }] },
      { text: ['I could not add it.'] },
    ]);
    t = await createTestApp({ chatProvider: provider });
    const reader = await t.createUser({ scopes: ['tasks:read', 'chat'] });
    const conversation = await t.request
      .post('/v1/conversations')
      .set('Authorization', reader.auth)
      .send({})
      .expect(201);
    const res = await t.request
      .post(`/v1/conversations/${conversation.body.id}/messages`)
      .set('Authorization', reader.auth)
      .send({ content: 'Add walk Max' })
      .expect(200);
    const answer = res.body.messages.find((m: { role: string }) => m.role === 'tool');
    expect(answer.is_error).toBe(true);
    expect(JSON.parse(answer.content)).toMatchObject({ code: 'insufficient_scope' });
    expect(await t.db('tasks').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('stop after the allowed model calls in one reply', async () => {
    const loop = { toolCalls: [{ id: 'c', name: 'listTasks', arguments: {} }] };
    const provider = new ScriptedProvider([loop, loop, loop, loop]);
    const { send } = await setUp({ chatProvider: provider, chatPolicy: { maxModelCalls: 3 } });
    const res = await send({ content: 'Loop' }).expect(200);
    expect(provider.requests).toHaveLength(3);
    expect(res.body.messages.at(-1).content).toMatch(/^I stopped here/);
  });

  it('keep the photo sent with a message on the record the chat makes', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const provider = new ScriptedProvider([
      {
        toolCalls: [
          {
            id: 'c1',
            name: 'createRecord',
            arguments: { type: 'note', title: 'Scale reading', details: 'From the photo' },
          },
        ],
      },
      { text: ['Kept the photo with the note.'] },
    ]);
    const { user, send } = await setUp({ chatProvider: provider });
    await send({
      content: 'Here is the scale',
      files: [{ name: 'scale.png', data: png.toString('base64') }],
    }).expect(200);
    expect(provider.requests[0]?.messages[0]).toMatchObject({
      role: 'user',
      files: [{ name: 'scale.png', mediaType: 'image/png' }],
    });
    const [listed] = (
      await t.request.get('/v1/records').set('Authorization', user.auth).expect(200)
    ).body.items;
    const record = await t.request
      .get(`/v1/records/${listed.id}`)
      .set('Authorization', user.auth)
      .expect(200);
    expect(record.body.attachments).toEqual([
      expect.objectContaining({ name: 'scale.png', media_type: 'image/png' }),
    ]);
    // A file of another kind is refused before anything is stored.
    const refused = await send({
      content: 'And this',
      files: [{ name: 'page.html', data: Buffer.from('<html></html>').toString('base64') }],
    }).expect(415);
    expect(refused.body.errors[0].pointer).toBe('/body/files/0/data');
  });
});

describe('a conversation', () => {
  it('takes one message at a time', async () => {
    const provider = new ScriptedProvider([{ text: ['Hi.'] }]);
    const { id, send } = await setUp({ chatProvider: provider });
    await t.db('conversations').where({ id }).update({ turn_started_at: t.clock.now() });
    const res = await send({ content: 'Hello' }).expect(409);
    expect(res.body.code).toBe('chat_turn_in_progress');
    expect(provider.requests).toHaveLength(0);
    // A mark left by a process that died is taken over after five minutes.
    t.clock.advance(5 * 60_000 + 1);
    await send({ content: 'Hello' }).expect(200);
    const [row] = await t.db('conversations').where({ id });
    expect(row.turn_started_at).toBeNull();
  });

  it('is the owner’s alone, pages its messages back in time, and can be deleted', async () => {
    const provider = new ScriptedProvider(
      Array.from({ length: 3 }, (_, n) => ({ text: [`answer ${n}`] })),
    );
    const { user, id, send } = await setUp({ chatProvider: provider });
    for (const n of [0, 1, 2]) {
      await send({ content: `question ${n}` }).expect(200);
      t.clock.advance(1000);
    }
    const first = await t.request
      .get(`/v1/conversations/${id}?limit=4`)
      .set('Authorization', user.auth)
      .expect(200);
    expect(first.body.messages.items.map((m: { content: string }) => m.content)).toEqual([
      'question 1',
      'answer 1',
      'question 2',
      'answer 2',
    ]);
    const older = await t.request
      .get(`/v1/conversations/${id}?limit=4&cursor=${first.body.messages.next_cursor}`)
      .set('Authorization', user.auth)
      .expect(200);
    expect(older.body.messages.items.map((m: { content: string }) => m.content)).toEqual([
      'question 0',
      'answer 0',
    ]);
    expect(older.body.messages.next_cursor).toBeNull();

    const stranger = await t.createUser({ scopes: ['chat'] });
    await t.request.get(`/v1/conversations/${id}`).set('Authorization', stranger.auth).expect(404);
    await t.request
      .post(`/v1/conversations/${id}/messages`)
      .set('Authorization', stranger.auth)
      .send({ content: 'hi' })
      .expect(404);
    const theirs = await t.request
      .get('/v1/conversations')
      .set('Authorization', stranger.auth)
      .expect(200);
    expect(theirs.body.items).toEqual([]);

    await t.request.delete(`/v1/conversations/${id}`).set('Authorization', user.auth).expect(204);
    await t.request.get(`/v1/conversations/${id}`).set('Authorization', user.auth).expect(404);
    expect(await t.db('chat_messages').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('needs the chat scope', async () => {
    t = await createTestApp();
    const user = await t.createUser();
    const res = await t.request
      .get('/v1/conversations')
      .set('Authorization', user.auth)
      .expect(403);
    expect(res.body.code).toBe('insufficient_scope');
  });

  it('takes words or a decision, not both or neither', async () => {
    const { send } = await setUp({ chatProvider: new ScriptedProvider([]) });
    expect((await send({}).expect(400)).body.code).toBe('validation_failed');
    const both = await send({ content: 'x', decision: { tool_call_id: 'a', approve: true } });
    expect(both.status).toBe(422);
    expect(both.body.code).toBe('conflicting_inputs');
  });
});
