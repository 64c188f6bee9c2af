import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/auth/sessions.ts';
import { createTestApp, type TestApp, type TestUser } from '../support/app.ts';

let t: TestApp;
let server: Server;
let base: string;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  alice = await t.createUser();
  bob = await t.createUser();
  server = createServer(t.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await t.changes.listening();
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

/** GET /live as a browser signed in as `user`, read as it arrives. */
async function openLive(user: TestUser) {
  const session = await createSession(t.db, user.id, t.clock.now());
  const abort = new AbortController();
  const res = await fetch(`${base}/live`, {
    headers: { cookie: `tend_session=${session}`, accept: 'text/event-stream' },
    signal: abort.signal,
  });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  let done = false;
  const pump = (async () => {
    try {
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        text += decoder.decode(chunk.value, { stream: true });
      }
    } catch {}
    done = true;
  })();
  return {
    res,
    text: () => text,
    ended: () => done,
    async until(test: (text: string) => boolean, ms = 3000) {
      const deadline = Date.now() + ms;
      while (!test(text) && !done) {
        if (Date.now() > deadline) throw new Error(`not on the stream: ${text}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      if (!test(text)) throw new Error(`stream ended without it: ${text}`);
    },
    async close() {
      abort.abort();
      await pump;
    },
  };
}

async function createTask(user: TestUser, title: string): Promise<string> {
  const res = await t.request.post('/v1/tasks').set('Authorization', user.auth).send({ title });
  expect(res.status).toBe(201);
  return res.body.id;
}

describe('GET /live', () => {
  it('is 401 signed out, and is no stream', async () => {
    const res = await fetch(`${base}/live`);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).not.toContain('text/event-stream');
  });

  it('is an uncached event stream that says how soon to reconnect', async () => {
    const live = await openLive(alice);
    expect(live.res.status).toBe(200);
    expect(live.res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(live.res.headers.get('cache-control')).toBe('no-store');
    expect(live.res.headers.get('content-encoding')).toBeNull();
    await live.until((text) => /^retry: \d+\n/.test(text));
    await live.close();
  });

  it('R13: sends the person’s own change, and never another person’s', async () => {
    const live = await openLive(alice);
    await live.until((text) => text.includes('retry:'));
    const bobs = await createTask(bob, 'Bob’s private task');
    const alices = await createTask(alice, 'Alice’s task');
    await live.until((text) => text.includes(alices));
    expect(live.text()).toContain(
      `event: change\ndata: ${JSON.stringify({ entity: 'task', entity_id: alices, operation: 'create' })}\n\n`,
    );
    expect(live.text()).not.toContain(bobs);
    expect(live.text()).not.toContain('private');
    await live.close();
  });

  it('ends when the app stops its feed, so shutdown is not held up', async () => {
    const live = await openLive(alice);
    await live.until((text) => text.includes('retry:'));
    await t.changes.stop();
    const deadline = Date.now() + 2000;
    while (!live.ended() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(live.ended()).toBe(true);
    // A stopped feed takes no new streams: the browser is told to come back shortly.
    const session = await createSession(t.db, alice.id, t.clock.now());
    const again = await fetch(`${base}/live`, { headers: { cookie: `tend_session=${session}` } });
    expect(again.status).toBe(503);
    await live.close();
  });
});
