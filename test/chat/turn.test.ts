import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';
import { parseEvents, ScriptedProvider } from '../support/chat.ts';

let t: TestApp;
let user: TestUser;
let provider: ScriptedProvider;

async function start(
  replies: ConstructorParameters<typeof ScriptedProvider>[0],
  policy: Parameters<typeof createTestApp>[0] = {},
) {
  provider = new ScriptedProvider(replies, 'gpt-test');
  t = await createTestApp({
    chatProvider: provider,
    chatPolicy: { prices: { 'gpt-test': { input: 2, output: 8, cached: 0.5 } } },
    ...policy,
  });
  user = await t.createUser({
    scopes: ['tasks:read', 'tasks:write', 'records:read', 'records:write', 'chat'],
  });
  await t.request
    .post('/v1/subjects')
    .set('Authorization', user.auth)
    .send({ name: 'Luna', kind: 'pet', species: 'cat' })
    .expect(201);
}

async function conversation(): Promise<string> {
  const res = await t.request
    .post('/v1/conversations')
    .set('Authorization', user.auth)
    .send({})
    .expect(201);
  return res.body.id;
}

afterEach(async () => {
  await t?.close();
});

describe('a chat turn', () => {
  beforeEach(async () => {
    await start([
      {
        text: ['Noting that'],
        toolCalls: [
          {
            id: 'call_1',
            name: 'createRecord',
            arguments: { subject: 'Luna', type: 'weight', value: 4.3, unit: 'kg', when: 'today' },
          },
        ],
        usage: { inputTokens: 1000, outputTokens: 20, cachedTokens: 400 },
      },
      { text: ['Noted: Luna', ' weighs 4.3 kg.'], usage: { inputTokens: 1200, outputTokens: 12 } },
    ]);
  });

  it('streams the reply in order, makes the record as `chat`, and prices every call', async () => {
    const id = await conversation();
    const res = await t.request
      .post(`/v1/conversations/${id}/messages`)
      .set('Authorization', user.auth)
      .set('Accept', 'text/event-stream')
      .send({ content: 'Luna weighed 4.3 kg at the vet today' })
      .buffer(true)
      .parse((response, done) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on('end', () => done(null, text));
      })
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    const events = parseEvents(res.body as string);
    expect(events.map((e) => e.event)).toEqual([
      'message', // the person's words
      'text',
      'tool_call',
      'tool_result',
      'message', // the assistant's call
      'message', // the tool's answer
      'text',
      'text',
      'message', // the answer
      'done',
    ]);
    expect(events[3]?.data).toMatchObject({ name: 'createRecord', is_error: false });
    expect(events.at(-1)?.data).toEqual({
      // 600 uncached × $2 + 400 cached × $0.5 + 20 × $8 = 1,560 µ$; then 1,200 × 2 + 12 × 8.
      usage: { input_tokens: 2200, output_tokens: 32, cached_tokens: 400, cost_usd: 0.004056 },
      awaiting_confirmation: false,
    });

    const records = await t.request
      .get('/v1/records?type=weight')
      .set('Authorization', user.auth)
      .expect(200);
    expect(records.body.items).toHaveLength(1);
    expect(records.body.items[0]).toMatchObject({ value: 4.3, unit: 'kg' });
    const journal = await t.db('activity').where({ user_id: user.id, entity: 'record' });
    expect(journal.map((row) => row.actor)).toEqual(['chat']);

    const calls = await t.db('model_calls').where({ user_id: user.id }).orderBy('created_at');
    expect(calls.map((c) => [c.model, c.input_tokens, Number(c.cost_micros)])).toEqual([
      ['gpt-test', 1000, 1560],
      ['gpt-test', 1200, 2496],
    ]);

    // The model saw the tools, today's date in the person's zone, and the tool's answer.
    expect(provider.requests[0]?.tools.map((tool) => tool.name)).toContain('createRecord');
    expect(provider.requests[0]?.system).toContain('Europe/Berlin');
    expect(provider.requests[1]?.messages.map((m) => m.role)).toEqual([
      'user',
      'assistant',
      'tool',
    ]);

    const shown = await t.request
      .get(`/v1/conversations/${id}`)
      .set('Authorization', user.auth)
      .expect(200);
    expect(shown.body.conversation.title).toBe('Luna weighed 4.3 kg at the vet today');
    expect(shown.body.messages.items.map((m: { role: string }) => m.role)).toEqual([
      'user',
      'assistant',
      'tool',
      'assistant',
    ]);
  });

  it('answers one JSON turn when the caller does not ask for events', async () => {
    const id = await conversation();
    const res = await t.request
      .post(`/v1/conversations/${id}/messages`)
      .set('Authorization', user.auth)
      .send({ content: 'Luna weighed 4.3 kg at the vet today' })
      .expect(200);
    expect(res.body.messages.at(-1)).toMatchObject({
      role: 'assistant',
      content: 'Noted: Luna weighs 4.3 kg.',
    });
    expect(res.body.awaiting_confirmation).toBe(false);
  });
});

describe('a consequential change', () => {
  it('R15: waits for the person, then runs on approval; a decline changes nothing', async () => {
    let taskId = '';
    const askToDelete = (id: string) => () => ({
      text: ['Delete "Buy flea meds"?'],
      toolCalls: [{ id, name: 'deleteTask', arguments: { task_id: taskId } }],
    });
    await start([
      askToDelete('call_a'),
      { text: ['Left it as it is.'] },
      askToDelete('call_b'),
      { text: ['Deleted.'] },
    ]);
    const task = await t.request
      .post('/v1/tasks')
      .set('Authorization', user.auth)
      .send({ title: 'Buy flea meds' })
      .expect(201);
    taskId = task.body.id;
    const id = await conversation();
    const send = (body: object) =>
      t.request.post(`/v1/conversations/${id}/messages`).set('Authorization', user.auth).send(body);
    const taskThere = (status: number) =>
      t.request.get(`/v1/tasks/${taskId}`).set('Authorization', user.auth).expect(status);

    const asked = await send({ content: 'Delete the flea meds task' }).expect(200);
    expect(asked.body.awaiting_confirmation).toBe(true);
    expect(asked.body.messages.at(-1).tool_calls[0]).toMatchObject({
      id: 'call_a',
      status: 'awaiting_confirmation',
    });
    await taskThere(200);
    const wrong = await send({ decision: { tool_call_id: 'nope', approve: true } }).expect(409);
    expect(wrong.body.code).toBe('chat_nothing_to_decide');

    const declined = await send({ decision: { tool_call_id: 'call_a', approve: false } }).expect(
      200,
    );
    expect(declined.body.messages[0]).toMatchObject({ role: 'tool', is_error: true });
    expect(declined.body.messages.at(-1)).toMatchObject({ content: 'Left it as it is.' });
    await taskThere(200);

    await send({ content: 'No, really, delete it' }).expect(200);
    const approved = await send({ decision: { tool_call_id: 'call_b', approve: true } }).expect(
      200,
    );
    expect(approved.body.messages.at(-1)).toMatchObject({ content: 'Deleted.' });
    await taskThere(404);
    const journal = await t.db('activity').where({ user_id: user.id, operation: 'delete' });
    expect(journal.map((row) => row.actor)).toEqual(['chat']);
  });

  it('is left undone when the person writes something else instead of deciding', async () => {
    await start([
      {
        text: ['Delete Luna?'],
        toolCalls: [{ id: 'call_x', name: 'deleteSubject', arguments: { subject_id: 'x' } }],
      },
      { text: ['All right, I left Luna as she is.'] },
    ]);
    const id = await conversation();
    const send = (body: object) =>
      t.request.post(`/v1/conversations/${id}/messages`).set('Authorization', user.auth).send(body);
    await send({ content: 'Remove Luna' }).expect(200);
    const next = await send({ content: 'Actually, never mind' }).expect(200);
    expect(next.body.messages[0]).toMatchObject({ role: 'tool', tool_call_id: 'call_x' });
    const history = provider.requests[1]?.messages ?? [];
    expect(history.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'user']);
    await send({ decision: { tool_call_id: 'call_x', approve: true } }).expect(409);
  });
});
