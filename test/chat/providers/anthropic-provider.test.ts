import { afterEach, describe, expect, it } from 'vitest';
import { startAnthropicStandIn } from '../../support/stand-ins/anthropic-server.ts';
import type { StandIn } from '../../support/stand-ins/server.ts';
import { addTaskTool, providerAt, turn } from './turn.ts';

let standIn: StandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

describe('Anthropic provider', () => {
  it('streams text in order and sends the system prompt, tools and a cache breakpoint', async () => {
    standIn = await startAnthropicStandIn([{ text: ['Rex ', 'was ', 'fed ', 'at 8.'] }]);
    const events = await turn(providerAt('anthropic', standIn.url), { tools: [addTaskTool] });
    expect(events.filter((e) => e.type === 'text').map((e) => e.delta)).toEqual([
      'Rex ',
      'was ',
      'fed ',
      'at 8.',
    ]);
    expect(events.at(-1)).toEqual({
      type: 'done',
      usage: { inputTokens: 12, outputTokens: 5, cachedTokens: 0 },
      stopReason: 'end',
    });
    const request = standIn.request();
    // This SDK sends the key as a bearer token.
    expect(request.headers.authorization).toBe('Bearer sk-ant-test');
    expect(request.body).toMatchObject({
      model: 'stand-in-model',
      stream: true,
      max_tokens: 4096,
      system: 'You are Tend.',
      cache_control: { type: 'ephemeral' },
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
    });
    expect(request.body.tools).toEqual([
      {
        name: 'createTask',
        description: addTaskTool.description,
        input_schema: addTaskTool.inputSchema,
      },
    ]);
  });

  it('leaves out an empty system prompt, which the API would refuse', async () => {
    standIn = await startAnthropicStandIn([{ text: 'ok' }]);
    await turn(providerAt('anthropic', standIn.url), { system: '' });
    expect(standIn.request().body).not.toHaveProperty('system');
  });

  it('assembles tool_use input from input_json_delta pieces', async () => {
    standIn = await startAnthropicStandIn([
      {
        text: 'Adding it.',
        toolUses: [
          { id: 'toolu_1', name: 'createTask', input: { title: 'Buy milk', due: '2026-12-03' } },
          { id: 'toolu_2', name: 'listTasks', input: {} },
        ],
      },
    ]);
    const events = await turn(providerAt('anthropic', standIn.url), { tools: [addTaskTool] });
    expect(events.map((e) => e.type)).toEqual(['text', 'text', 'tool_call', 'tool_call', 'done']);
    expect(events.filter((e) => e.type === 'tool_call').map((e) => e.call)).toEqual([
      { id: 'toolu_1', name: 'createTask', arguments: { title: 'Buy milk', due: '2026-12-03' } },
      { id: 'toolu_2', name: 'listTasks', arguments: {} },
    ]);
    expect(events.at(-1)).toMatchObject({ stopReason: 'tool_calls' });
  });

  it('turns input that is not JSON into {} with a note', async () => {
    standIn = await startAnthropicStandIn([
      { toolUses: [{ id: 'toolu_x', name: 'createTask', input: '["Buy", "milk"]' }] },
    ]);
    const events = await turn(providerAt('anthropic', standIn.url));
    const call = events.find((e) => e.type === 'tool_call');
    expect(call).toMatchObject({ call: { id: 'toolu_x', arguments: {} } });
    expect(call?.type === 'tool_call' && call.call.argumentsNote).toContain('["Buy", "milk"]');
  });

  it('counts cache reads and writes into the input tokens and reports the reads as cached', async () => {
    standIn = await startAnthropicStandIn([
      {
        text: 'Hello.',
        usage: { input: 20, output: 9, cacheRead: 3000, cacheCreation: 150 },
        stopReason: 'max_tokens',
      },
    ]);
    const events = await turn(providerAt('anthropic', standIn.url));
    expect(events.at(-1)).toEqual({
      type: 'done',
      usage: { inputTokens: 3170, outputTokens: 9, cachedTokens: 3000 },
      stopReason: 'length',
    });
  });

  it('sends tool results as tool_result blocks, consecutive ones in one user message', async () => {
    standIn = await startAnthropicStandIn([{ text: 'Done.' }]);
    await turn(providerAt('anthropic', standIn.url), {
      messages: [
        { role: 'user', content: 'Add milk and eggs' },
        {
          role: 'assistant',
          content: 'Adding both.',
          toolCalls: [
            { id: 'toolu_1', name: 'createTask', arguments: { title: 'Milk' } },
            { id: 'toolu_2', name: 'createTask', arguments: { title: 'Eggs' } },
          ],
        },
        { role: 'tool', toolCallId: 'toolu_1', name: 'createTask', content: '{"id":"t1"}' },
        {
          role: 'tool',
          toolCallId: 'toolu_2',
          name: 'createTask',
          content: 'title is taken',
          isError: true,
        },
        { role: 'assistant', content: 'Added milk; eggs failed.' },
        { role: 'user', content: 'Thanks' },
      ],
    });
    expect(standIn.request().body.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'Add milk and eggs' }] },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Adding both.' },
          { type: 'tool_use', id: 'toolu_1', name: 'createTask', input: { title: 'Milk' } },
          { type: 'tool_use', id: 'toolu_2', name: 'createTask', input: { title: 'Eggs' } },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'toolu_1', content: '{"id":"t1"}' },
          {
            type: 'tool_result',
            tool_use_id: 'toolu_2',
            content: 'title is taken',
            is_error: true,
          },
        ],
      },
      { role: 'assistant', content: [{ type: 'text', text: 'Added milk; eggs failed.' }] },
      { role: 'user', content: [{ type: 'text', text: 'Thanks' }] },
    ]);
  });

  it('sends images and PDFs as image and document blocks before the words', async () => {
    standIn = await startAnthropicStandIn([{ text: 'An invoice and a cat.' }]);
    await turn(providerAt('anthropic', standIn.url), {
      messages: [
        {
          role: 'user',
          content: 'What are these?',
          files: [
            { mediaType: 'image/jpeg', name: 'cat.jpg', base64: '/9j/4AAQ' },
            { mediaType: 'application/pdf', name: 'invoice.pdf', base64: 'JVBERi0x' },
          ],
        },
      ],
    });
    expect(standIn.request().body.messages[0].content).toEqual([
      { type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data: '/9j/4AAQ' } },
      {
        type: 'document',
        source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0x' },
        title: 'invoice.pdf',
      },
      { type: 'text', text: 'What are these?' },
    ]);
  });
});
