import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';
import { parseEvents } from '../support/chat.ts';
import { startAnthropicStandIn } from '../support/stand-ins/anthropic-server.ts';
import { startOpenAiStandIn } from '../support/stand-ins/openai-server.ts';
import type { StandIn } from '../support/stand-ins/server.ts';
import { providerAt, recordingSleep } from './providers/turn.ts';

/**
 * The chat end to end as it runs for real: the `openai` and `@anthropic-ai/sdk` clients,
 * built from the configuration, talking to local servers that speak their protocols.
 */
let t: TestApp;
let user: TestUser;
let standIn: StandIn;
afterEach(async () => {
  await t?.close();
  await standIn?.close();
});

const PRICES = { 'stand-in-model': { input: 3, output: 15, cached: 0.3 } };

async function withProvider(provider: ReturnType<typeof providerAt>) {
  t = await createTestApp({ chatProvider: provider, chatPolicy: { prices: PRICES } });
  user = await t.createUser({
    scopes: ['tasks:read', 'tasks:write', 'records:read', 'records:write', 'chat'],
  });
  const luna = await t.request
    .post('/v1/subjects')
    .set('Authorization', user.auth)
    .send({ name: 'Luna', kind: 'pet', species: 'cat' })
    .expect(201);
  const conversation = await t.request
    .post('/v1/conversations')
    .set('Authorization', user.auth)
    .send({})
    .expect(201);
  return { lunaId: luna.body.id as string, conversationId: conversation.body.id as string };
}

function streamed(conversationId: string, content: string) {
  return t.request
    .post(`/v1/conversations/${conversationId}/messages`)
    .set('Authorization', user.auth)
    .set('Accept', 'text/event-stream')
    .send({ content })
    .buffer(true)
    .parse((response, done) => {
      let text = '';
      response.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      response.on('end', () => done(null, text));
    })
    .expect(200)
    .then((res) => parseEvents(res.body as string));
}

async function weights() {
  const res = await t.request
    .get('/v1/records?type=weight')
    .set('Authorization', user.auth)
    .expect(200);
  return res.body.items as { value: number; unit: string; subject_id: string }[];
}

const LUNA_WEIGHED = 'Luna weighed 4.3 kg at the vet today';

describe('over an OpenAI-compatible endpoint', () => {
  it('logs Luna’s weight: a 429 waited out, the tool call streamed in pieces, usage priced', async () => {
    standIn = await startOpenAiStandIn((request, index) => {
      if (index === 0) return { status: 429, headers: { 'retry-after': '1' } };
      if (index === 1)
        return {
          text: 'Logging that.',
          toolCalls: [
            {
              id: 'call_w',
              name: 'createRecord',
              arguments: { subject: 'Luna', type: 'weight', value: 4.3, unit: 'kg' },
            },
          ],
          usage: { prompt: 2000, completion: 30, cached: 1500 },
        };
      // The tool's answer went back under the call's id.
      const last = request.body.messages.at(-1);
      expect(last).toMatchObject({ role: 'tool', tool_call_id: 'call_w' });
      return {
        text: ['Noted: ', 'Luna ', 'weighs ', '4.3 kg.'],
        usage: { prompt: 2100, completion: 8 },
      };
    });
    const sleeps = recordingSleep();
    const { lunaId, conversationId } = await withProvider(
      providerAt('openai', standIn.url, {}, { sleep: sleeps.sleep }),
    );
    const events = await streamed(conversationId, LUNA_WEIGHED);

    expect(sleeps.waits).toEqual([1000]);
    const text = events.filter((e) => e.event === 'text').map((e) => e.data.delta);
    expect(text.join('')).toBe('Logging that.Noted: Luna weighs 4.3 kg.');
    expect(events.map((e) => e.event).indexOf('tool_result')).toBeLessThan(
      events.map((e) => e.event).lastIndexOf('text'),
    );
    expect(await weights()).toEqual([
      expect.objectContaining({ value: 4.3, unit: 'kg', subject_id: lunaId }),
    ]);
    const [entry] = await t.db('activity').where({ user_id: user.id, entity: 'record' });
    expect(entry.actor).toBe('chat');
    // 500 × $3 + 1,500 × $0.3 + 30 × $15 = 2,400 µ$; then 2,100 × $3 + 8 × $15 = 6,420 µ$.
    expect(events.at(-1)?.data.usage).toEqual({
      input_tokens: 4100,
      output_tokens: 38,
      cached_tokens: 1500,
      cost_usd: 0.00882,
    });
    const rows = await t.db('model_calls').orderBy('created_at');
    expect(rows.map((r) => [r.provider, r.cached_tokens, Number(r.cost_micros)])).toEqual([
      ['openai', 1500, 2400],
      ['openai', 0, 6420],
    ]);
    // Real SDK, real request: the system prompt first, then the person's words.
    const first = standIn.request(1).body;
    expect(first.messages[0].role).toBe('system');
    expect(first.messages[1]).toEqual({ role: 'user', content: LUNA_WEIGHED });
    expect(first.tools.map((tool: { function: { name: string } }) => tool.function.name)).toContain(
      'createRecord',
    );
  });
});

describe("over Anthropic's Messages API", () => {
  it('logs Luna’s weight from a tool_use block and prices cache reads', async () => {
    standIn = await startAnthropicStandIn((request, index) => {
      if (index === 0)
        return {
          text: 'Logging that.',
          toolUses: [
            {
              id: 'toolu_w',
              name: 'createRecord',
              input: { subject: 'Luna', type: 'weight', value: 4.3, unit: 'kg' },
            },
          ],
          usage: { input: 200, output: 40, cacheRead: 1800 },
        };
      const last = request.body.messages.at(-1);
      expect(last.content[0]).toMatchObject({ type: 'tool_result', tool_use_id: 'toolu_w' });
      return { text: 'Noted: Luna weighs 4.3 kg.', usage: { input: 2100, output: 9 } };
    });
    const { conversationId } = await withProvider(providerAt('anthropic', standIn.url));
    const events = await streamed(conversationId, LUNA_WEIGHED);
    expect(events.find((e) => e.event === 'tool_call')?.data).toMatchObject({
      id: 'toolu_w',
      name: 'createRecord',
    });
    expect(await weights()).toHaveLength(1);
    // 200 × $3 + 1,800 × $0.3 + 40 × $15 = 1,740 µ$; then 2,100 × $3 + 9 × $15 = 6,435 µ$.
    expect(events.at(-1)?.data.usage).toEqual({
      input_tokens: 4100,
      output_tokens: 49,
      cached_tokens: 1800,
      cost_usd: 0.008175,
    });
    expect(standIn.request(0).body.system).toBeDefined();
  });

  it('answers a clear problem when the model keeps failing, and keeps the person’s words', async () => {
    standIn = await startAnthropicStandIn(() => ({ status: 529, message: 'Overloaded' }));
    const sleeps = recordingSleep();
    const { conversationId } = await withProvider(
      providerAt('anthropic', standIn.url, { LLM_MAX_RETRIES: '2' }, { sleep: sleeps.sleep }),
    );
    const res = await t.request
      .post(`/v1/conversations/${conversationId}/messages`)
      .set('Authorization', user.auth)
      .send({ content: 'Hello' })
      .expect(503);
    expect(res.body.code).toBe('chat_model_unavailable');
    expect(standIn.received).toHaveLength(3);
    const shown = await t.request
      .get(`/v1/conversations/${conversationId}`)
      .set('Authorization', user.auth)
      .expect(200);
    expect(shown.body.messages.items.map((m: { content: string }) => m.content)).toEqual(['Hello']);
    // The conversation is free for the next message.
    const [row] = await t.db('conversations').where({ id: conversationId });
    expect(row.turn_started_at).toBeNull();
  });
});
