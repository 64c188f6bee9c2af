/**
 * The stand-ins themselves: a script may be a function of the request (as a tool loop's
 * tests need), and a request that does not stream gets the API's whole JSON answer.
 */
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { startAnthropicStandIn } from '../../support/stand-ins/anthropic-server.ts';
import { startOpenAiStandIn } from '../../support/stand-ins/openai-server.ts';
import type { StandIn } from '../../support/stand-ins/server.ts';
import { addTaskTool, providerAt, turn } from './turn.ts';

let standIn: StandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

describe('the model API stand-ins', () => {
  it('answer from a function of the request: a tool call, then words once its result is back', async () => {
    standIn = await startOpenAiStandIn((request) =>
      request.body.messages.some((m: { role: string }) => m.role === 'tool')
        ? { text: 'Added “Buy milk”.' }
        : { toolCalls: [{ id: 'call_1', name: 'createTask', arguments: { title: 'Buy milk' } }] },
    );
    const provider = providerAt('openai', standIn.url);
    const first = await turn(provider, { tools: [addTaskTool] });
    expect(first.map((e) => e.type)).toEqual(['tool_call', 'done']);
    const second = await turn(provider, {
      tools: [addTaskTool],
      messages: [
        { role: 'user', content: 'Hi' },
        {
          role: 'assistant',
          content: '',
          toolCalls: [{ id: 'call_1', name: 'createTask', arguments: { title: 'Buy milk' } }],
        },
        { role: 'tool', toolCallId: 'call_1', name: 'createTask', content: '{"id":"t1"}' },
      ],
    });
    expect(
      second
        .filter((e) => e.type === 'text')
        .map((e) => e.delta)
        .join(''),
    ).toBe('Added “Buy milk”.');
    expect(standIn.received).toHaveLength(2);
  });

  it('answer OpenAI’s plain JSON when the request does not stream', async () => {
    standIn = await startOpenAiStandIn([
      {
        text: 'Two tasks.',
        toolCalls: [{ id: 'call_1', name: 'listTasks', arguments: {} }],
        usage: { prompt: 30, completion: 4, cached: 16 },
      },
    ]);
    const client = new OpenAI({ baseURL: standIn.url, apiKey: 'sk-test', maxRetries: 0 });
    const answer = await client.chat.completions.create({
      model: 'stand-in-model',
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(answer.choices[0]?.message).toMatchObject({
      content: 'Two tasks.',
      tool_calls: [
        { id: 'call_1', type: 'function', function: { name: 'listTasks', arguments: '{}' } },
      ],
    });
    expect(answer.choices[0]?.finish_reason).toBe('tool_calls');
    expect(answer.usage?.prompt_tokens_details?.cached_tokens).toBe(16);
  });

  it('answer Anthropic’s whole message when the request does not stream', async () => {
    standIn = await startAnthropicStandIn([
      { text: 'Fed.', toolUses: [{ id: 'toolu_1', name: 'listTasks', input: { limit: 5 } }] },
    ]);
    const client = new Anthropic({ baseURL: standIn.url, apiKey: 'sk-ant-test', maxRetries: 0 });
    const answer = await client.messages.create({
      model: 'stand-in-model',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(answer.content).toEqual([
      { type: 'text', text: 'Fed.' },
      { type: 'tool_use', id: 'toolu_1', name: 'listTasks', input: { limit: 5 } },
    ]);
    expect(answer.stop_reason).toBe('tool_use');
  });

  it('refuse a path the API does not have, and say so when the script runs out', async () => {
    standIn = await startOpenAiStandIn([]);
    const missing = await fetch(`${standIn.url}/embeddings`, { method: 'POST', body: '{}' });
    expect(missing.status).toBe(404);
    const ranOut = await fetch(`${standIn.url}/chat/completions`, { method: 'POST', body: '{}' });
    expect(ranOut.status).toBe(500);
    expect(await ranOut.json()).toMatchObject({ error: { message: 'the script ran out' } });
  });
});
