// The chat's time to its first streamed byte of the model's answer, through Tend, beside the
// same stand-in model asked directly by the same SDK: what Tend adds before the model's
// first words reach the person (authentication, the conversation's checks, storing the
// person's message, the history). Interleaved, one request at a time, on PostgreSQL.

import { createServer } from 'node:http';
import OpenAI from 'openai';
import { buildApp } from '../../src/app/build-app.ts';
import { loadConfig } from '../../src/app/config.ts';
import { providerFromConfig } from '../../src/chat/providers/provider-from-config.ts';
import { connectDb } from '../../src/db/connect.ts';
import { createLogger } from '../../src/http/logger.ts';
import { startOpenAiStandIn } from '../../test/support/stand-ins/openai-server.ts';
import { listen } from './child-process.ts';
import { createBenchDatabase } from './database.ts';

export interface ChatFirstByte {
  /** Milliseconds Tend adds to the first piece of text, by percentile. */
  addedP50: number;
  addedP95: number;
  directP50: number;
  tendP50: number;
  samples: number;
}

const WARMUP = 10;
const SAMPLES = 200;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export async function runChatFirstByte(
  adminUrl: string,
  say: (line: string) => void,
): Promise<ChatFirstByte> {
  const standIn = await startOpenAiStandIn(() => ({
    text: ['Noted: ', 'Luna ', 'weighs ', '4.3 kg.'],
    usage: { prompt: 900, completion: 8 },
  }));
  const bench = await createBenchDatabase(adminUrl, ['tasks:read', 'tasks:write', 'chat']);
  const db = await connectDb({ databaseUrl: bench.url, poolMax: 10 });
  const server = createServer();
  try {
    const port = await listen(server);
    const chat = loadConfig({
      NODE_ENV: 'test',
      LLM_BASE_URL: standIn.url,
      LLM_MODEL: 'bench',
    }).chat;
    const chatProvider = providerFromConfig(chat, {});
    if (!chatProvider) throw new Error('no provider');
    const { app } = await buildApp({
      config: { publicUrl: `http://127.0.0.1:${port}`, validateResponses: false },
      db,
      log: createLogger('silent'),
      chatProvider,
      chatPolicy: { messagesPerMinute: 0 },
    });
    server.on('request', app);
    const base = `http://127.0.0.1:${port}/v1`;
    const headers = { authorization: `Bearer ${bench.apiKey}`, 'content-type': 'application/json' };
    const sdk = new OpenAI({ baseURL: standIn.url, apiKey: 'none', maxRetries: 0 });

    // The model asked directly: until its first piece of text.
    const direct = async () => {
      const started = performance.now();
      const stream = await sdk.chat.completions.create({
        model: 'bench',
        stream: true,
        messages: [{ role: 'user', content: 'Luna weighed 4.3 kg at the vet today' }],
      });
      let first = Number.NaN;
      for await (const chunk of stream) {
        if (Number.isNaN(first) && chunk.choices[0]?.delta?.content) first = performance.now();
      }
      return first - started;
    };
    // Through Tend: until the first `text` event, in a conversation of ten turns at most.
    let conversation = '';
    let turns = 0;
    const throughTend = async () => {
      if (turns++ % 10 === 0) {
        const res = await fetch(`${base}/conversations`, { method: 'POST', headers, body: '{}' });
        conversation = ((await res.json()) as { id: string }).id;
      }
      const started = performance.now();
      const res = await fetch(`${base}/conversations/${conversation}/messages`, {
        method: 'POST',
        headers: { ...headers, accept: 'text/event-stream' },
        body: JSON.stringify({ content: 'Luna weighed 4.3 kg at the vet today' }),
      });
      let first = Number.NaN;
      let seen = '';
      const decoder = new TextDecoder();
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        seen += decoder.decode(chunk, { stream: true });
        if (Number.isNaN(first) && seen.includes('event: text')) first = performance.now();
      }
      if (Number.isNaN(first)) throw new Error(`no text event: ${seen.slice(0, 300)}`);
      return first - started;
    };

    for (let i = 0; i < WARMUP; i++) {
      await direct();
      await throughTend();
    }
    const directs: number[] = [];
    const tends: number[] = [];
    const added: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const d = await direct();
      const t = await throughTend();
      directs.push(d);
      tends.push(t);
      added.push(t - d);
    }
    const result = {
      addedP50: percentile(added, 50),
      addedP95: percentile(added, 95),
      directP50: percentile(directs, 50),
      tendP50: percentile(tends, 50),
      samples: SAMPLES,
    };
    say(
      `  first text, median: stand-in asked directly ${result.directP50.toFixed(1)} ms, ` +
        `through Tend ${result.tendP50.toFixed(1)} ms`,
    );
    say(
      `  Tend adds, of ${SAMPLES} interleaved pairs: p50 ${result.addedP50.toFixed(1)} ms, ` +
        `p95 ${result.addedP95.toFixed(1)} ms`,
    );
    return result;
  } finally {
    server.close();
    await db.destroy();
    await standIn.close();
    await bench.drop();
  }
}
