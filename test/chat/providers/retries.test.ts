/**
 * Retries, timeouts and failures, the same for both providers: each runs its real SDK
 * against its stand-in, with the sleep injected so no test waits for a backoff.
 */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/chat/providers/provider.ts';
import { startAnthropicStandIn } from '../../support/stand-ins/anthropic-server.ts';
import { startOpenAiStandIn } from '../../support/stand-ins/openai-server.ts';
import type { Failure, Hang, StandIn } from '../../support/stand-ins/server.ts';
import { failedTurn, providerAt, recordingSleep, turn, type Which } from './turn.ts';

type Step = Failure | Hang | { text: string; cut?: boolean };
const start = (which: Which, script: Step[]) =>
  which === 'openai' ? startOpenAiStandIn(script) : startAnthropicStandIn(script);

let standIn: StandIn | undefined;
afterEach(async () => {
  await standIn?.close();
  standIn = undefined;
});

describe.each(['openai', 'anthropic'] as const)('%s provider, when the API fails', (which) => {
  it('waits out a 429’s Retry-After in seconds, then succeeds on the second attempt', async () => {
    standIn = await start(which, [
      { status: 429, headers: { 'retry-after': '2' } },
      { text: 'Back again.' },
    ]);
    const { waits, sleep } = recordingSleep();
    const events = await turn(providerAt(which, standIn.url, {}, { sleep }));
    expect(
      events
        .filter((e) => e.type === 'text')
        .map((e) => e.delta)
        .join(''),
    ).toBe('Back again.');
    expect(standIn.received).toHaveLength(2);
    expect(waits).toEqual([2000]);
  });

  it('honours retry-after-ms, and a Retry-After given as an HTTP date', async () => {
    standIn = await start(which, [
      { status: 429, headers: { 'retry-after-ms': '750', 'retry-after': '9' } },
      { status: 503, headers: { 'retry-after': 'Wed, 02 Dec 2026 10:00:05 GMT' } },
      { text: 'ok' },
    ]);
    const { waits, sleep } = recordingSleep();
    const now = () => new Date('2026-12-02T10:00:00Z');
    await turn(providerAt(which, standIn.url, {}, { sleep, now }));
    expect(waits).toEqual([750, 5000]);
  });

  it('backs off with jitter when no Retry-After is given, and gives up transient after its retries', async () => {
    standIn = await start(which, [
      { status: 500, message: 'boom' },
      { status: 500, message: 'boom' },
      { status: 500, message: 'boom' },
    ]);
    const { waits, sleep } = recordingSleep();
    const provider = providerAt(
      which,
      standIn.url,
      { LLM_MAX_RETRIES: '2' },
      { sleep, random: () => 0.5 },
    );
    const { error } = await failedTurn(provider);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ status: 500, transient: true });
    expect((error as Error).message).toContain('500');
    expect(standIn.received).toHaveLength(3);
    // Half the ceiling fixed, half random: 500 ms then 1000 ms ceilings at jitter 0.5.
    expect(waits).toEqual([375, 750]);
  });

  it('does not retry a 400, and calls it not transient', async () => {
    standIn = await start(which, [
      { status: 400, message: 'messages: field required' },
      { text: 'never sent' },
    ]);
    const { waits, sleep } = recordingSleep();
    const { error } = await failedTurn(providerAt(which, standIn.url, {}, { sleep }));
    expect(error).toMatchObject({ name: 'ProviderError', status: 400, transient: false });
    expect((error as Error).message).toContain('messages: field required');
    expect(standIn.received).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('reports a Retry-After too long to wait while someone watches, without waiting', async () => {
    standIn = await start(which, [
      { status: 429, headers: { 'retry-after': '120' } },
      { text: 'too late' },
    ]);
    const { waits, sleep } = recordingSleep();
    const { error } = await failedTurn(providerAt(which, standIn.url, {}, { sleep }));
    expect(error).toMatchObject({ status: 429, transient: true });
    expect(standIn.received).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('times out an attempt that hangs, retries it with a fresh timeout, then fails transient', async () => {
    standIn = await start(which, [{ hang: true }, { hang: true }]);
    const { sleep } = recordingSleep();
    const provider = providerAt(
      which,
      standIn.url,
      { LLM_TIMEOUT_MS: '1000', LLM_MAX_RETRIES: '1' },
      { sleep },
    );
    const began = performance.now();
    const { error } = await failedTurn(provider);
    expect(error).toMatchObject({ status: undefined, transient: true });
    expect((error as Error).message).toContain('within 1 s');
    expect(standIn.received).toHaveLength(2);
    expect(performance.now() - began).toBeGreaterThanOrEqual(1900);
  });

  it('never repeats text already streamed when the stream breaks', async () => {
    standIn = await start(which, [
      { text: 'Half an ans', cut: true },
      { text: 'Half an answer, again.' },
    ]);
    const { waits, sleep } = recordingSleep();
    const { events, error } = await failedTurn(providerAt(which, standIn.url, {}, { sleep }));
    expect(error).toMatchObject({ name: 'ProviderError', status: undefined, transient: true });
    expect(events.map((e) => (e.type === 'text' ? e.delta : e.type)).join('')).toBe('Half an ans');
    expect(standIn.received).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('retries a refused connection and reports it transient', async () => {
    const port = await closedPort();
    const { waits, sleep } = recordingSleep();
    const url = which === 'openai' ? `http://127.0.0.1:${port}/v1` : `http://127.0.0.1:${port}`;
    const { error } = await failedTurn(
      providerAt(which, url, { LLM_MAX_RETRIES: '2' }, { sleep, random: () => 0 }),
    );
    expect(error).toMatchObject({ status: undefined, transient: true });
    expect((error as Error).message).toContain('the connection failed');
    expect(waits).toEqual([250, 500]);
  });

  it('lets the caller’s cancel through as it is, without retrying', async () => {
    standIn = await start(which, [{ hang: true }, { text: 'never asked for' }]);
    const controller = new AbortController();
    const { sleep } = recordingSleep();
    const pending = failedTurn(providerAt(which, standIn.url, {}, { sleep }), {
      signal: controller.signal,
    });
    while (standIn.received.length === 0) await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    const { error } = await pending;
    expect(error).not.toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(standIn.received).toHaveLength(1);
  });
});

/** A port nothing listens on: bound, read, and released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}
