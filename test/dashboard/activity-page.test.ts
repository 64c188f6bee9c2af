import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { type Browser, browser, formBodyOf, signUpAs } from '../support/browser.ts';

let t: TestApp;
let b: Browser;
let auth: string;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-12-02T12:00:00Z' });
  b = await signUpAs(t.app, 'activity@example.com', 'Ada');
  const user = await t.db('users').where({ email: 'activity@example.com' }).first('id');
  const { key } = await createApiKey(t.db, {
    userId: user.id,
    name: 'Shortcuts',
    scopes: ['tasks:read', 'tasks:write', 'records:read', 'records:write'],
    now: t.clock.now(),
  });
  auth = `Bearer ${key}`;
});
afterAll(() => t.close());

async function api(method: 'get' | 'post' | 'patch', path: string, body?: object) {
  const req = t.request[method](path).set('Authorization', auth);
  return body ? req.send(body) : req;
}

/** The page's one entry about this item that says `words`. */
function entryOf(pageHtml: string, words: string): string {
  const entries = pageHtml.split('<li class="entry').slice(1);
  const entry = entries.find((e) => e.includes(words));
  if (!entry) throw new Error(`no entry saying ${words}`);
  return entry.slice(0, entry.indexOf('</li>'));
}

const undoAction = (entry: string) => /action="(\/activity\/[0-9a-f-]+\/undo)"/.exec(entry)?.[1];

describe('the Activity page', () => {
  it('sends a signed-out visitor to sign in', async () => {
    const res = await browser(t.app).get('/activity');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/signin?return_to=%2Factivity');
  });

  it('says who changed what, when, and the before and after in words', async () => {
    const task = await api('post', '/v1/tasks', {
      title: 'Book the vet',
      due_at: '2026-12-04T17:00:00+01:00',
    });
    expect(task.status).toBe(201);
    t.clock.advance(60_000);
    const changed = await api('patch', `/v1/tasks/${task.body.id}`, {
      due_at: '2026-12-05T09:00:00+01:00',
    });
    expect(changed.status).toBe(200);
    const page = await b.get('/activity');
    expect(page.status).toBe(200);
    const added = entryOf(page.text, 'added the task “Book the vet”');
    expect(added).toContain('<strong>Your API key “Shortcuts”</strong> added');
    // 12:00 UTC is 13:00 in Berlin, where the person lives.
    expect(added).toContain('>Today 13:00</time>');
    const update = entryOf(page.text, 'changed the task “Book the vet”');
    expect(update).toContain('<dt>Due</dt>');
    expect(update).toMatch(/Fri 4 Dec 17:00<\/span>.*Sat 5 Dec 09:00/s);
    expect(update).not.toContain('<dt>Title</dt>');
    // The list refreshes itself: a live region, and the live script.
    expect(page.text).toMatch(/<section id="activity-list" data-live-region/);
    expect(page.text).toContain('<script src="/assets/js/live.js" defer></script>');
  });

  it('Undo puts the data back, and says what was undone', async () => {
    const task = await api('post', '/v1/tasks', { title: 'Buy cat litter' });
    const page = await b.get('/activity');
    const action = undoAction(entryOf(page.text, 'added the task “Buy cat litter”'));
    expect(action).toBeDefined();
    const res = await b
      .post(action as string)
      .type('form')
      .send(formBodyOf(page.text, action as string));
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/activity\?undone=[0-9a-f-]+$/);
    expect((await api('get', `/v1/tasks/${task.body.id}`)).status).toBe(404);
    const after = await b.get(res.headers.location as string);
    expect(after.text).toContain(
      'Undone: Your API key “Shortcuts” added the task “Buy cat litter”. The task “Buy cat litter” is removed.',
    );
    const undone = entryOf(after.text, 'added the task “Buy cat litter”');
    expect(undone).toContain('Undone');
    expect(undoAction(undone)).toBeUndefined();
    expect(after.text).toContain(
      '<strong>You</strong> undid a change to the task “Buy cat litter”',
    );
  });

  it('a change that cannot be undone says why, and changes nothing', async () => {
    const task = await api('post', '/v1/tasks', { title: 'Walk the dog' });
    const page = await b.get('/activity');
    const action = undoAction(entryOf(page.text, 'added the task “Walk the dog”')) as string;
    await api('patch', `/v1/tasks/${task.body.id}`, { title: 'Walk the dog twice' });
    const res = await b.post(action).type('form').send(formBodyOf(page.text, action));
    expect(res.status).toBe(409);
    expect(res.text).toContain('That change could not be undone.');
    expect(res.text).toMatch(/role="alert">That change could not be undone\. [A-Z][^<]+</);
    expect((await api('get', `/v1/tasks/${task.body.id}`)).body.title).toBe('Walk the dog twice');
  });

  it('A7: an Undo posted without the form’s token is 403, and nothing is undone', async () => {
    const task = await api('post', '/v1/tasks', { title: 'Order flea drops' });
    const page = await b.get('/activity');
    const action = undoAction(entryOf(page.text, 'added the task “Order flea drops”')) as string;
    const res = await b.post(action).type('form').send('');
    expect(res.status).toBe(403);
    expect((await api('get', `/v1/tasks/${task.body.id}`)).status).toBe(200);
    const again = await b.get('/activity');
    expect(undoAction(entryOf(again.text, 'added the task “Order flea drops”'))).toBe(action);
  });

  it('pages through older changes', async () => {
    for (let i = 0; i < 26; i++) await api('post', '/v1/tasks', { title: `Chore ${i}` });
    const first = await b.get('/activity');
    const older = /<a href="(\/activity\?cursor=[^"]+)">Older changes<\/a>/.exec(first.text)?.[1];
    expect(older).toBeDefined();
    const next = await b.get((older as string).replace(/&amp;/g, '&'));
    expect(next.status).toBe(200);
    expect(next.text).toContain('Earlier changes');
    expect(next.text).toContain('<a href="/activity">Newest changes</a>');
    expect(next.text).not.toContain('“Chore 25”');
  });
});
