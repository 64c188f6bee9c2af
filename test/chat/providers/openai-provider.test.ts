import { afterEach, describe, expect, it } from 'vitest';
import { OpenAiProvider } from '../../../src/chat/providers/openai-provider.ts';
import { startOpenAiStandIn } from '../../support/stand-ins/openai-server.ts';
import type { StandIn } from '../../support/stand-ins/server.ts';
import { addTaskTool, providerAt, turn } from './turn.ts';

let standIn: StandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

describe('OpenAI-compatible provider', () => {
  it('streams text in order and asks for usage in the stream', async () => {
    standIn = await startOpenAiStandIn([{ text: ['Two ', 'tasks ', 'are ', 'due.'] }]);
    const events = await turn(providerAt('openai', standIn.url), { tools: [addTaskTool] });
    expect(events.filter((e) => e.type === 'text').map((e) => e.delta)).toEqual([
      'Two ',
      'tasks ',
      'are ',
      'due.',
    ]);
    expect(events.at(-1)).toEqual({
      type: 'done',
      usage: { inputTokens: 12, outputTokens: 5, cachedTokens: 0 },
      stopReason: 'end',
    });
    const request = standIn.request();
    expect(request.body).toMatchObject({
      model: 'stand-in-model',
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(request.body.messages[0]).toEqual({ role: 'system', content: 'You are Tend.' });
    expect(request.body.tools).toEqual([
      {
        type: 'function',
        function: {
          name: 'createTask',
          description: addTaskTool.description,
          parameters: addTaskTool.inputSchema,
        },
      },
    ]);
    expect(request.body.max_tokens).toBeUndefined();
  });

  it('sends no tools key when there are none, and max_tokens to a compatible server', async () => {
    standIn = await startOpenAiStandIn([{ text: 'ok' }]);
    await turn(providerAt('openai', standIn.url), { maxOutputTokens: 300 });
    expect(standIn.request().body).not.toHaveProperty('tools');
    expect(standIn.request().body.max_tokens).toBe(300);
  });

  it('assembles tool calls from their streamed pieces, in order', async () => {
    standIn = await startOpenAiStandIn([
      {
        text: 'Adding both.',
        toolCalls: [
          { id: 'call_a', name: 'createTask', arguments: { title: 'Buy milk', due: '2026-12-03' } },
          { id: 'call_b', name: 'createTask', arguments: { title: 'Walk Rex' } },
        ],
      },
    ]);
    const events = await turn(providerAt('openai', standIn.url), { tools: [addTaskTool] });
    expect(events.filter((e) => e.type === 'tool_call').map((e) => e.call)).toEqual([
      { id: 'call_a', name: 'createTask', arguments: { title: 'Buy milk', due: '2026-12-03' } },
      { id: 'call_b', name: 'createTask', arguments: { title: 'Walk Rex' } },
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'done', stopReason: 'tool_calls' });
  });

  it('turns arguments that are not JSON into {} with a note, without failing the turn', async () => {
    standIn = await startOpenAiStandIn([
      { toolCalls: [{ id: 'call_x', name: 'createTask', arguments: '{"title": "Buy mi' }] },
    ]);
    const events = await turn(providerAt('openai', standIn.url));
    const call = events.find((e) => e.type === 'tool_call');
    expect(call).toMatchObject({ call: { id: 'call_x', arguments: {} } });
    expect(call?.type === 'tool_call' && call.call.argumentsNote).toContain('not a JSON object');
    expect(call?.type === 'tool_call' && call.call.argumentsNote).toContain('{"title": "Buy mi');
    expect(events.at(-1)).toMatchObject({ type: 'done', stopReason: 'tool_calls' });
  });

  it('maps usage, cached prompt tokens included, and a length stop', async () => {
    standIn = await startOpenAiStandIn([
      {
        text: 'Long…',
        usage: { prompt: 1200, completion: 40, cached: 1024 },
        finishReason: 'length',
      },
    ]);
    const events = await turn(providerAt('openai', standIn.url));
    expect(events.at(-1)).toEqual({
      type: 'done',
      usage: { inputTokens: 1200, outputTokens: 40, cachedTokens: 1024 },
      stopReason: 'length',
    });
  });

  it('sends the history with tool calls and results in Chat Completions’ shape', async () => {
    standIn = await startOpenAiStandIn([{ text: 'Done.' }]);
    await turn(providerAt('openai', standIn.url), {
      messages: [
        { role: 'user', content: 'Add milk and eggs' },
        {
          role: 'assistant',
          content: '',
          toolCalls: [
            { id: 'call_1', name: 'createTask', arguments: { title: 'Milk' } },
            { id: 'call_2', name: 'createTask', arguments: { title: 'Eggs' } },
          ],
        },
        { role: 'tool', toolCallId: 'call_1', name: 'createTask', content: '{"id":"t1"}' },
        {
          role: 'tool',
          toolCallId: 'call_2',
          name: 'createTask',
          content: 'title is taken',
          isError: true,
        },
        { role: 'assistant', content: 'Added milk; eggs failed.' },
        { role: 'user', content: 'Thanks' },
      ],
    });
    expect(standIn.request().body.messages).toEqual([
      { role: 'system', content: 'You are Tend.' },
      { role: 'user', content: 'Add milk and eggs' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_1',
            type: 'function',
            function: { name: 'createTask', arguments: '{"title":"Milk"}' },
          },
          {
            id: 'call_2',
            type: 'function',
            function: { name: 'createTask', arguments: '{"title":"Eggs"}' },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '{"id":"t1"}' },
      { role: 'tool', tool_call_id: 'call_2', content: 'Error: title is taken' },
      { role: 'assistant', content: 'Added milk; eggs failed.' },
      { role: 'user', content: 'Thanks' },
    ]);
  });

  it('sends images as data URLs and describes a PDF a compatible server cannot read', async () => {
    standIn = await startOpenAiStandIn([{ text: 'A cat.' }]);
    const provider = providerAt('openai', standIn.url);
    expect(provider.accepts).toEqual({ images: true, pdf: false });
    await turn(provider, {
      messages: [
        {
          role: 'user',
          content: 'What is this?',
          files: [
            { mediaType: 'image/png', name: 'cat.png', base64: 'iVBORw0K' },
            { mediaType: 'application/pdf', name: 'invoice.pdf', base64: 'A'.repeat(4096) },
          ],
        },
      ],
    });
    const content = standIn.request().body.messages[1].content;
    expect(content[0]).toEqual({
      type: 'image_url',
      image_url: { url: 'data:image/png;base64,iVBORw0K' },
    });
    expect(content[1].type).toBe('text');
    expect(content[1].text).toContain('invoice.pdf (PDF, 3 KB)');
    expect(content[2]).toEqual({ type: 'text', text: 'What is this?' });
  });

  it('sends a PDF as a file part to a model that accepts PDFs', async () => {
    standIn = await startOpenAiStandIn([{ text: 'An invoice.' }]);
    const provider = new OpenAiProvider({
      baseUrl: standIn.url,
      apiKey: 'sk-test',
      model: 'stand-in-model',
      retry: { maxRetries: 0, timeoutMs: 5000 },
      accepts: { images: true, pdf: true },
    });
    await turn(provider, {
      messages: [
        {
          role: 'user',
          content: '',
          files: [{ mediaType: 'application/pdf', name: 'invoice.pdf', base64: 'JVBERi0x' }],
        },
      ],
    });
    expect(standIn.request().body.messages[1].content).toEqual([
      {
        type: 'file',
        file: { filename: 'invoice.pdf', file_data: 'data:application/pdf;base64,JVBERi0x' },
      },
    ]);
    expect(standIn.request().headers.authorization).toBe('Bearer sk-test');
  });
});
