import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_SET_UP } from '../../src/dashboard/chat/chat-page.ts';
import { escapeHtml } from '../../src/web/html.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { csrfTokenOf } from '../support/browser.ts';
import { parseEvents, ScriptedProvider } from '../support/chat.ts';
import { type Person, signUpPerson } from './person.ts';

// The test clock: Sunday 22 November 2026, 10:00 in Berlin.
let t: TestApp;
let p: Person;
let other: Person;
let luna: { id: string };
let taskId = '';
const provider = new ScriptedProvider([]);
/** What the model answers next, one reply per model call. */
const script = (...replies: ConstructorParameters<typeof ScriptedProvider>[0]) =>
  (provider as unknown as { replies: unknown[] }).replies.push(...replies);

beforeAll(async () => {
  t = await createTestApp({
    chatProvider: provider,
    // $2 per million tokens in, $10 per million out; $5 a month.
    chatPolicy: { prices: { 'test-model': { input: 2, output: 10 } }, monthlyBudgetUsd: 5 },
  });
  p = await signUpPerson(t, 'chat@example.com');
  other = await signUpPerson(t, 'chat-other@example.com');
  luna = (await p.api('post', '/subjects', { name: 'Luna', kind: 'pet', species: 'cat' })).body;
  taskId = (await p.api('post', '/tasks', { title: 'Buy flea meds' })).body.id;
});
afterAll(() => t.close());

async function post(who: Person, path: string, fields: Record<string, string>, from = '/tasks') {
  return who.b
    .post(path)
    .type('form')
    .send({ csrf_token: await who.csrf(from), ...fields });
}

/** A new conversation through the page's button; its path. */
async function newConversation(): Promise<string> {
  const res = await post(p, '/chat', {});
  expect(res.status).toBe(303);
  expect(res.headers.location).toMatch(/^\/chat\/[0-9a-f-]{36}$/);
  return res.headers.location as string;
}

describe('the chat page without JavaScript', () => {
  it('sends a message, shows the words, the answer and the tool line, and lists the conversation', async () => {
    const here = await newConversation();
    script(
      {
        text: ['Noting that.'],
        toolCalls: [
          {
            id: 'call_1',
            name: 'createRecord',
            arguments: { subject_id: luna.id, type: 'weight', value: 4.3, unit: 'kg' },
          },
        ],
      },
      { text: ['Noted: Luna', ' weighs 4.3 kg.'] },
    );
    const sent = await post(
      p,
      `${here}/messages`,
      { content: 'Luna weighed 4.3 kg at the vet today' },
      here,
    );
    expect(sent.status).toBe(303);
    expect(sent.headers.location).toBe(here);
    const page = await p.b.get(here).expect(200);
    const log = page.text.slice(page.text.indexOf('id="chat-log"'));
    const order = [
      'Luna weighed 4.3 kg at the vet today',
      'Noting that.',
      'Added a weight record for Luna',
      'Noted: Luna weighs 4.3 kg.',
    ].map((words) => log.indexOf(escapeHtml(words)));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(page.text).toContain('aria-live="polite"');
    expect(page.text).toContain('<script src="/assets/js/chat.js" defer>');
    const records = await p.api('get', `/records?subject_id=${luna.id}`);
    expect(records.body.items).toHaveLength(1);

    const list = await p.b.get('/chat').expect(200);
    expect(list.text).toContain(`href="${here}"`);
    expect(list.text).toContain('Luna weighed 4.3 kg at the vet today');
  });

  it('an empty message is refused with words and nothing sent (422)', async () => {
    const here = await newConversation();
    const res = await post(p, `${here}/messages`, { content: '   ' }, here);
    expect(res.status).toBe(422);
    expect(res.text).toContain('Write a message first.');
  });

  it('a change the chat waits on shows Yes / No; No keeps the task, Yes deletes it', async () => {
    const here = await newConversation();
    const ask = (id: string) => () => ({
      text: ['Shall I delete “Buy flea meds”?'],
      toolCalls: [{ id, name: 'deleteTask', arguments: { task_id: taskId } }],
    });
    script(ask('call_a'), { text: ['Left it.'] }, ask('call_b'), { text: ['Deleted it.'] });
    expect(
      (await post(p, `${here}/messages`, { content: 'Delete the flea meds task' }, here)).status,
    ).toBe(303);
    let page = await p.b.get(here);
    expect(page.text).toContain('Yes, do it');
    expect(page.text).toContain('name="tool_call_id" value="call_a"');
    expect(
      (await post(p, `${here}/decision`, { tool_call_id: 'call_a', approve: 'no' }, here)).status,
    ).toBe(303);
    page = await p.b.get(here);
    expect(page.text).toContain('Not done: you said no.');
    expect(page.text).not.toContain('Yes, do it');
    expect((await p.api('get', `/tasks/${taskId}`)).status).toBe(200);

    expect((await post(p, `${here}/messages`, { content: 'Really, delete it' }, here)).status).toBe(
      303,
    );
    expect(
      (await post(p, `${here}/decision`, { tool_call_id: 'call_b', approve: 'yes' }, here)).status,
    ).toBe(303);
    page = await p.b.get(here);
    expect(page.text).toContain('Deleted a task');
    expect(page.text).toContain('Deleted it.');
    expect((await p.api('get', `/tasks/${taskId}`)).status).toBe(404);
  });

  it('A7: a form without its CSRF token does nothing (403)', async () => {
    const here = await newConversation();
    await p.b.post(`${here}/messages`).type('form').send({ content: 'Hi' }).expect(403);
  });

  it('R3: deletes a conversation after asking; another person sees none of it (404)', async () => {
    const here = await newConversation();
    await other.b.get(here).expect(404);
    expect((await post(other, `${here}/delete`, {})).status).toBe(404);
    const ask = await p.b.get(`${here}/delete`).expect(200);
    expect(ask.text).toContain('Yes, delete it');
    const gone = await post(p, `${here}/delete`, {}, `${here}/delete`);
    expect(gone.status).toBe(303);
    expect(gone.headers.location).toBe('/chat?deleted=1');
    expect((await p.b.get('/chat?deleted=1')).text).toContain('Deleted the conversation.');
    await p.b.get(here).expect(404);
  });
});

describe('the stream route the page script uses', () => {
  it('A7, R13: streams the reply as server-sent events with the CSRF token in a header; without it, 403', async () => {
    const here = await newConversation();
    const token = csrfTokenOf((await p.b.get(here)).text);
    await p.b
      .post(`${here}/stream`)
      .set('Content-Type', 'application/json')
      .send({ content: 'Hello' })
      .expect(403);
    await t.request
      .post(`${here}/stream`)
      .set('X-CSRF-Token', token)
      .set('Content-Type', 'application/json')
      .send({ content: 'Hello' })
      .expect(401);
    script({ text: ['Hi ', 'there.'] });
    const res = await p.b
      .post(`${here}/stream`)
      .set('X-CSRF-Token', token)
      .set('Content-Type', 'application/json')
      .send({ content: 'Hello' })
      .buffer(true)
      .parse((r, done) => {
        let text = '';
        r.on('data', (c: Buffer) => {
          text += c.toString();
        });
        r.on('end', () => done(null, text));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    const events = parseEvents(res.body as string);
    expect(events.filter((e) => e.event === 'text').map((e) => e.data.delta)).toEqual([
      'Hi ',
      'there.',
    ]);
    expect(events.at(-1)?.event).toBe('done');
  });

  it('sends a photo with the words, as base64 files, and the page names it after', async () => {
    const here = await newConversation();
    const token = csrfTokenOf((await p.b.get(here)).text);
    script({ text: ['A fine scale.'] });
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const res = await p.b
      .post(`${here}/stream`)
      .set('X-CSRF-Token', token)
      .set('Content-Type', 'application/json')
      .send({ content: 'Here is the scale', files: [{ name: 'scale.png', data: png }] });
    expect(res.status).toBe(200);
    const page = await p.b.get(here);
    expect(page.text).toContain('📎 scale.png');
    expect(JSON.stringify(provider.requests.at(-1))).toContain('image/png');
  });
});

describe('usage on the chat page', () => {
  it('shows this month’s tokens and cost by day and model, and the budget bar, exactly', async () => {
    const fresh = await createTestApp({
      chatProvider: new ScriptedProvider([
        { text: ['One.'], usage: { inputTokens: 100_000, outputTokens: 10_000 } },
        { text: ['Two.'], usage: { inputTokens: 50_000, outputTokens: 2_000 } },
      ]),
      chatPolicy: { prices: { 'test-model': { input: 2, output: 10 } }, monthlyBudgetUsd: 5 },
    });
    try {
      const q = await signUpPerson(fresh, 'usage@example.com');
      const before = await q.b.get('/chat').expect(200);
      expect(before.text).toContain('$0.00 of $5.00 this month.');
      const created = await q.b
        .post('/chat')
        .type('form')
        .send({ csrf_token: await q.csrf() });
      const here = created.headers.location as string;
      for (const content of ['First', 'Second'])
        await q.b
          .post(`${here}/messages`)
          .type('form')
          .send({ csrf_token: await q.csrf(here), content })
          .expect(303);
      // 150,000 in at $2/M = $0.30; 12,000 out at $10/M = $0.12.
      const page = await q.b.get('/chat').expect(200);
      expect(page.text).toContain('$0.42 of $5.00 this month.');
      expect(page.text).toContain('<meter id="budget-bar" min="0" max="5" value="0.42"');
      expect(page.text).toContain(
        '<tr><th scope="row">Sun 22 Nov</th><td>test-model</td><td>150,000</td><td>12,000</td><td>$0.42</td></tr>',
      );
    } finally {
      await fresh.close();
    }
  });
});

describe('without a model configured', () => {
  it('says so in plain words instead of a form', async () => {
    const bare = await createTestApp();
    try {
      const q = await signUpPerson(bare, 'bare@example.com');
      const list = await q.b.get('/chat').expect(200);
      expect(list.text).toContain(escapeHtml(NOT_SET_UP));
      expect(list.text).not.toContain('New conversation');
      const created = await q.b
        .post('/chat')
        .type('form')
        .send({ csrf_token: await q.csrf() });
      const here = created.headers.location as string;
      const page = await q.b.get(here).expect(200);
      expect(page.text).toContain(escapeHtml(NOT_SET_UP));
      expect(page.text).not.toContain('id="chat-compose"');
      expect(page.text).not.toContain('chat.js');
      // A form posted anyway is answered with the same words.
      const sent = await q.b
        .post(`${here}/messages`)
        .type('form')
        .send({ csrf_token: await q.csrf(), content: 'Hello' });
      expect(sent.status).toBe(503);
      expect(sent.text).toContain(escapeHtml(NOT_SET_UP));
    } finally {
      await bare.close();
    }
  });
});
