import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runHousekeeping } from '../../src/app/housekeeping.ts';
import { dataCommands } from '../../src/cli/commands.ts';
import { browserName } from '../../src/core/browser-name.ts';
import { createTestApp, PUBLIC_URL, type TestApp } from '../support/app.ts';
import {
  type Browser,
  browser,
  csrfTokenOf,
  formBodyOf,
  PASSWORD,
  signUpAs,
} from '../support/browser.ts';
import { lastMailTo, tokenIn } from '../support/mail.ts';
import { authorizeAndAllow, authorizeUrl, basic } from '../support/oauth.ts';

let t: TestApp;
let people = 0;
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
// Each test signs new people up an hour on, so sign-up's per-source limit (R7) stays clear.
beforeEach(() => t.clock.advance(HOUR));

async function person(name = 'Pat'): Promise<{ b: Browser; email: string; id: string }> {
  people += 1;
  const email = `pages${people}@example.com`;
  const b = await signUpAs(t.app, email, name);
  const user = await t.db('users').where({ email }).first('id');
  return { b, email, id: user.id };
}

const callback = (id: string) => `https://chatgpt.com/aip/g-${id}/oauth/callback`;

/** Connect ChatGPT pressed on the Connections page: the client's page and its values. */
async function connect(b: Browser) {
  const home = await b.get('/account/connections');
  const res = await b
    .post('/account/chatgpt')
    .type('form')
    .send(formBodyOf(home.text, '/account/chatgpt'));
  expect(res.status).toBe(303);
  const path = res.headers.location as string;
  const page = await b.get(path);
  const cell = (label: string) =>
    new RegExp(`<th>${label}</th><td><code>([^<]*)</code>`).exec(page.text)?.[1] ?? '';
  return { path, page, clientId: cell('Client ID'), secret: cell('Client Secret') };
}

async function tokenFor(b: Browser, clientId: string, secret: string, redirectUri: string) {
  const to = await authorizeAndAllow(b, {
    client_id: clientId,
    redirect_uri: redirectUri,
    state: 's',
  });
  return t.request
    .post('/oauth/token')
    .set('Authorization', basic(clientId, secret))
    .type('form')
    .send({
      grant_type: 'authorization_code',
      code: to.searchParams.get('code'),
      redirect_uri: redirectUri,
    });
}

async function post(b: Browser, page: string, action: string, extra: Record<string, string> = {}) {
  const shown = await b.get(page);
  return b
    .post(action)
    .type('form')
    .send({ csrf_token: csrfTokenOf(shown.text), ...extra });
}

async function signInAgain(email: string, password: string, userAgent?: string) {
  const b = browser(t.app);
  const form = await b.get('/signin');
  const res = await b
    .post('/signin')
    .set('User-Agent', userAgent ?? 'supertest')
    .type('form')
    .send({ csrf_token: csrfTokenOf(form.text), email, password, return_to: '/account' });
  return { b, res };
}

const kinds = async (userId: string) =>
  (await t.db('security_events').where({ user_id: userId }).orderBy('at').select('kind')).map(
    (r) => r.kind as string,
  );

describe('the account pages', () => {
  it('are signed-in pages with the account navigation; signed out, they send to sign in', async () => {
    const { b } = await person('Robin');
    for (const path of [
      '/account',
      '/account/connections',
      '/account/security',
      '/account/password',
    ]) {
      const res = await b.get(path);
      expect(res.status, path).toBe(200);
      expect(res.text).toContain('<nav class="account-pages" aria-label="Your account">');
      expect(res.text).toMatch(new RegExp(`<a href="${path}" aria-current="page">`));
      const out = await t.request.get(path);
      expect(out.status).toBe(303);
      expect(out.headers.location).toBe(`/signin?return_to=${encodeURIComponent(path)}`);
    }
    const hub = await b.get('/account');
    expect(hub.text).toContain('Signed in as <strong>Robin</strong>');
    expect(hub.text).toContain('href="/account/data"');
    expect(hub.text).toContain('Delete your account');
  });

  it('refuse every form posted without the session’s CSRF token, doing nothing (A7)', async () => {
    const { b, id } = await person();
    const c = await connect(b);
    const other = await person();
    const foreign = csrfTokenOf((await other.b.get('/account')).text);
    for (const action of [
      '/account/sign-out-everywhere',
      '/account/calendar',
      '/account/calendar/stop',
      `/account/chatgpt/${c.clientId}/secret`,
      `/account/chatgpt/${c.clientId}/delete`,
      `/account/chatgpt/${c.clientId}/callback`,
      '/account/password',
    ]) {
      for (const body of [{}, { csrf_token: foreign }]) {
        const res = await b
          .post(action)
          .type('form')
          .send({
            ...body,
            callback_url: callback('forged'),
            current_password: PASSWORD,
            new_password: 'x'.repeat(20),
          });
        expect(res.status, action).toBe(403);
      }
    }
    const client = await t.db('oauth_clients').where({ id: c.clientId }).first();
    expect(client.redirect_uris).toEqual([]);
    expect(await t.db('calendar_feeds').where({ user_id: id }).first()).toBeUndefined();
    expect(await kinds(id)).toEqual([]);
  });
});

describe('Connections: ChatGPT', () => {
  it('shows the existing connection instead of making a second client', async () => {
    const { b, id } = await person();
    const first = await connect(b);
    const again = await post(b, '/account/connections', '/account/chatgpt', {
      scopes: 'tasks:read',
    });
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe(first.path);
    expect((await b.get(first.path)).text).not.toContain(first.secret);
    expect(await t.db('oauth_clients').where({ owner_id: id }).count('* as n')).toEqual([{ n: 1 }]);
    const list = await b.get('/account/connections');
    expect(list.text).toContain(`<code>${first.clientId}</code>`);
    expect(list.text).toContain(
      'Any ChatGPT callback, until you save the one the GPT editor shows',
    );
    expect(list.text).not.toContain('<button type="submit">Connect ChatGPT</button>');
  });

  it('an edited callback is no dead end: the next authorization with the new callback works', async () => {
    const { b } = await person();
    const c = await connect(b);
    const old = callback('old1');
    await post(b, c.path, `${c.path}/callback`, { callback_url: old });
    expect((await tokenFor(b, c.clientId, c.secret, old)).status).toBe(200);
    // The GPT's action was edited and ChatGPT now shows another callback.
    const fresh = callback('new2');
    const saved = await post(b, c.path, `${c.path}/callback`, { callback_url: fresh });
    expect(saved.status).toBe(303);
    const list = await b.get('/account/connections');
    expect(list.text).toContain(`<code>${fresh}</code>`);
    expect((await tokenFor(b, c.clientId, c.secret, fresh)).status).toBe(200);
    const stale = await b.get(
      authorizeUrl({ response_type: 'code', client_id: c.clientId, redirect_uri: old, state: 's' }),
    );
    expect(stale.status).toBe(400);
  });

  it('makes a new client secret for the same client: shown once, the old one stops', async () => {
    const { b } = await person();
    const c = await connect(b);
    const res = await post(b, c.path, `${c.path}/secret`);
    expect(res.status).toBe(303);
    const page = await b.get(c.path);
    const secret =
      /<th>Client Secret<\/th><td><code>(tcs_[^<]+)<\/code>/.exec(page.text)?.[1] ?? '';
    expect(secret).toMatch(/^tcs_/);
    expect(secret).not.toBe(c.secret);
    expect((await b.get(c.path)).text).not.toContain(secret);
    const redirectUri = callback('sec1');
    expect((await tokenFor(b, c.clientId, c.secret, redirectUri)).status).toBe(401);
    expect((await tokenFor(b, c.clientId, secret, redirectUri)).status).toBe(200);
  });

  it('deletes the client: its grants and tokens end, and the log says so', async () => {
    const { b, id } = await person();
    const c = await connect(b);
    const tokens = (await tokenFor(b, c.clientId, c.secret, callback('del1'))).body;
    t.clock.advance(1000); // so the log's two events have an order
    const res = await post(b, c.path, `${c.path}/delete`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/account/connections?chatgpt=removed#chatgpt');
    expect(await t.db('oauth_clients').where({ id: c.clientId }).first()).toBeUndefined();
    expect(await t.db('oauth_grants').where({ client_id: c.clientId }).first()).toBeUndefined();
    expect(
      await t.db('oauth_refresh_tokens').where({ client_id: c.clientId }).first(),
    ).toBeUndefined();
    t.clock.advance(30_001);
    const api = await t.request
      .get('/v1/tasks')
      .set('Authorization', `Bearer ${tokens.access_token}`);
    expect(api.status).toBe(401);
    expect(await kinds(id)).toEqual(['app_connected', 'app_disconnected']);
    // The form to connect again is back.
    expect((await b.get('/account/connections')).text).toContain('Connect ChatGPT</button>');
  });

  it('answers 404 for another person’s client, on every page and form, changing nothing', async () => {
    const owner = await person();
    const c = await connect(owner.b);
    const { b } = await person();
    expect((await b.get(c.path)).status).toBe(404);
    for (const action of ['callback', 'secret', 'delete']) {
      const res = await post(b, '/account/connections', `${c.path}/${action}`, {
        callback_url: callback('theirs'),
      });
      expect(res.status, action).toBe(404);
      expect(res.text).not.toContain('tcs_');
    }
    const client = await t.db('oauth_clients').where({ id: c.clientId }).first();
    expect(client.redirect_uris).toEqual([]);
  });
});

describe('Connections: the calendar feed', () => {
  it('shows the webcal link once after making it; rotate replaces it; stop ends it', async () => {
    const { b } = await person();
    expect((await b.get('/account/connections')).text).toContain('The calendar feed is off.');
    const made = await post(b, '/account/connections', '/account/calendar');
    expect(made.status).toBe(303);
    const shown = await b.get('/account/connections');
    const link = /value="(webcal:\/\/[^"]+)"/.exec(shown.text)?.[1] ?? '';
    expect(link).toMatch(/^webcal:\/\/tend\.test\/calendar\/cal_[A-Za-z0-9_-]{43}\.ics$/);
    const https = link.replace('webcal://tend.test', '');
    expect((await t.request.get(https)).status).toBe(200);
    const later = await b.get('/account/connections');
    expect(later.text).not.toContain(link);
    expect(later.text).toContain('The feed is on since');

    await post(b, '/account/connections', '/account/calendar');
    const next = /value="(webcal:\/\/[^"]+)"/.exec((await b.get('/account/connections')).text)?.[1];
    expect(next).toBeTruthy();
    expect(next).not.toBe(link);
    expect((await t.request.get(https)).status).toBe(404);

    const stopped = await post(b, '/account/connections', '/account/calendar/stop');
    expect(stopped.status).toBe(303);
    expect((await t.request.get((next as string).replace('webcal://tend.test', ''))).status).toBe(
      404,
    );
    expect((await b.get('/account/connections')).text).toContain('The calendar feed is off.');
  });
});

describe('the security log', () => {
  it('records each kind at the place it happens, and shows them newest first in the person’s zone', async () => {
    const { b, email, id } = await person();
    // Events in one millisecond of the fake clock have no order: a second between steps.
    const chrome =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
    expect((await signInAgain(email, 'not the password', chrome)).res.status).toBe(422);
    t.clock.advance(1000);
    const { b: laptop } = await signInAgain(email, PASSWORD, chrome);
    t.clock.advance(1000);
    const key = await post(b, '/account/connections', '/account/api-keys', {
      name: 'Phone shortcut',
      scopes: 'tasks:read',
    });
    expect(key.status).toBe(303);
    t.clock.advance(1000);
    const keyRow = await t
      .db('api_keys')
      .where({ user_id: id, name: 'Phone shortcut' })
      .first('id');
    await post(b, '/account/connections', `/account/api-keys/${keyRow.id}/revoke`);
    t.clock.advance(1000);
    const c = await connect(b);
    await tokenFor(b, c.clientId, c.secret, callback('log1'));
    t.clock.advance(1000);
    const grant = await t.db('oauth_grants').where({ client_id: c.clientId }).first('id');
    await post(b, '/account/connections', `/account/apps/${grant.id}/disconnect`);
    t.clock.advance(1000);
    await post(b, '/account/security', '/account/sign-out-everywhere');
    t.clock.advance(1000);
    const changed = await post(b, '/account/password', '/account/password', {
      current_password: PASSWORD,
      new_password: 'a second long password',
    });
    expect(changed.headers.location).toBe('/account/password?password=changed');
    t.clock.advance(1000);
    // A reset by mailed link.
    const asker = browser(t.app);
    const form = await asker.get('/forgot-password');
    await asker
      .post('/forgot-password')
      .type('form')
      .send({ csrf_token: csrfTokenOf(form.text), email });
    await expect.poll(() => t.outbox.mails().some((m) => m.to === email)).toBe(true);
    const token = tokenIn(lastMailTo(t.outbox, email).text, '/reset-password');
    const resetPage = await asker.get(`/reset-password?token=${token}`);
    const reset = new URLSearchParams(formBodyOf(resetPage.text, '/reset-password'));
    reset.set('new_password', 'a third long password');
    expect((await asker.post('/reset-password').type('form').send(reset.toString())).status).toBe(
      303,
    );

    expect(await kinds(id)).toEqual([
      'sign_in_failed',
      'sign_in',
      'api_key_created',
      'api_key_revoked',
      'app_connected',
      'app_disconnected',
      'signed_out_everywhere',
      'password_changed',
      'password_reset',
    ]);
    const failed = await t
      .db('security_events')
      .where({ user_id: id, kind: 'sign_in_failed' })
      .first();
    expect(failed.user_agent).toBe(chrome);
    expect(failed.ip).toBeTruthy();
    expect((await laptop.get('/account')).status).toBe(303);

    t.clock.advance(1000);
    const { b: me } = await signInAgain(email, 'a third long password', chrome);
    const log = await me.get('/account/security');
    const rows = log.text.slice(log.text.indexOf('<tbody>'));
    expect(rows.indexOf('Signed in')).toBeLessThan(rows.indexOf('Password reset by mailed link'));
    expect(rows.indexOf('Password reset by mailed link')).toBeLessThan(
      rows.indexOf('Failed sign-in'),
    );
    expect(rows).toContain('Chrome on Linux');
    expect(rows).toContain('API key created: <strong>Phone shortcut</strong>');
    expect(rows).toContain('App connected: <strong>ChatGPT</strong>');
    // Signed up in Europe/Berlin: 10:00 UTC is shown as 11:00 there (the fake clock's day).
    const at = await t
      .db('security_events')
      .where({ user_id: id, kind: 'sign_in_failed' })
      .first('at');
    const berlin = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Berlin',
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(new Date(at.at));
    expect(rows).toContain(berlin);
  });

  it('records a failed sign-in for an existing account only, answering both the same', async () => {
    const { email, id } = await person();
    const known = await signInAgain(email, 'wrong password!');
    const count = async () => Number((await t.db('security_events').count('* as n'))[0]?.n);
    const before = await count();
    const unknown = await signInAgain(`nobody-${people}@example.com`, 'wrong password!');
    expect(await count()).toBe(before);
    expect(known.res.status).toBe(422);
    expect(unknown.res.status).toBe(422);
    const words = (text: string) => text.replace(/value="[^"]*"/g, '');
    expect(words(known.res.text)).toBe(words(unknown.res.text));
    expect(await kinds(id)).toEqual(['sign_in_failed']);
  });

  it('pages newest first, 25 at a time', async () => {
    const { b, id } = await person();
    const start = t.clock.now().getTime();
    await t.db('security_events').insert(
      Array.from({ length: 30 }, (_, i) => ({
        user_id: id,
        kind: 'sign_in',
        at: new Date(start - i * 60_000),
        detail: `n${i}`,
      })),
    );
    const first = await b.get('/account/security');
    expect(first.text).toContain('<strong>n0</strong>');
    expect(first.text).toContain('<strong>n24</strong>');
    expect(first.text).not.toContain('<strong>n25</strong>');
    const older = /href="(\/account\/security\?after=[^"]+)">Older activity/.exec(first.text)?.[1];
    const second = await b.get(older as string);
    expect(second.text).toContain('<strong>n25</strong>');
    expect(second.text).toContain('<strong>n29</strong>');
    expect(second.text).not.toContain('<strong>n24</strong>');
    expect(second.text).not.toContain('Older activity');
  });

  it('is kept a year: housekeeping purges older events', async () => {
    const { id } = await person();
    await signInAgain((await t.db('users').where({ id }).first('email')).email, PASSWORD);
    t.clock.advance(364 * 24 * HOUR);
    expect((await runHousekeeping(t.db, t.clock.now())).securityEvents).toBe(0);
    expect(await kinds(id)).toEqual(['sign_in']);
    t.clock.advance(2 * 24 * HOUR);
    expect((await runHousekeeping(t.db, t.clock.now())).securityEvents).toBeGreaterThanOrEqual(1);
    expect(await kinds(id)).toEqual([]);
  });

  it('signs out everywhere else: other sessions and refresh tokens end, this browser stays', async () => {
    const { b, email, id } = await person();
    const { b: other } = await signInAgain(email, PASSWORD);
    const c = await connect(b);
    const tokens = (await tokenFor(b, c.clientId, c.secret, callback('out1'))).body;
    const res = await post(b, '/account/security', '/account/sign-out-everywhere');
    expect(res.status).toBe(303);
    expect((await b.get('/account/security?signed_out=1')).text).toContain('Every other browser');
    expect((await b.get('/account')).status).toBe(200);
    expect((await other.get('/account')).status).toBe(303);
    const refreshed = await t.request
      .post('/oauth/token')
      .set('Authorization', basic(c.clientId, c.secret))
      .type('form')
      .send({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(refreshed.body.error).toBe('invalid_grant');
    expect(await kinds(id)).toContain('signed_out_everywhere');
  });
});

describe('onboarding', () => {
  it('sign-up offers every IANA zone with the server default chosen, and keeps what was typed after an error', async () => {
    const b = browser(t.app);
    const form = await b.get('/signup');
    expect(form.text).toContain('<script src="/assets/js/timezone.js" defer></script>');
    expect(form.text).toContain('<option value="UTC" selected>UTC</option>');
    expect(form.text).toContain('<option value="America/Chicago">America/Chicago</option>');
    expect(form.text).toContain('<label for="timezone">Time zone</label>');
    const res = await b
      .post('/signup')
      .type('form')
      .send({
        csrf_token: csrfTokenOf(form.text),
        email: 'kept@example.com',
        display_name: 'Kept Name',
        password: PASSWORD,
        timezone: 'Mars/Olympus',
      });
    expect(res.status).toBe(422);
    expect(res.text).toContain('Choose your time zone from the list.');
    expect(res.text).toContain('value="kept@example.com"');
    expect(res.text).toContain('value="Kept Name"');
    expect(res.text).not.toContain(PASSWORD);
    expect(res.text).toContain('data-kept');
    expect(await t.db('users').where({ email: 'kept@example.com' }).first()).toBeUndefined();
    const chosen = await b
      .post('/signup')
      .type('form')
      .send({
        csrf_token: csrfTokenOf(res.text),
        email: 'kept@example.com',
        display_name: 'Kept Name',
        password: 'short',
        timezone: 'America/Chicago',
      });
    expect(chosen.status).toBe(422);
    expect(chosen.text).toContain('<option value="America/Chicago" selected>');
  });

  it('tend user create prints a set-password link that works once', async () => {
    const out = (await dataCommands['user create']?.(
      { email: 'cli-made@example.com', name: 'Cli' },
      { db: t.db, now: t.clock.now, defaultTimezone: 'UTC', publicUrl: PUBLIC_URL },
    )) as { set_password_url: string };
    expect(out.set_password_url).toMatch(/^http:\/\/tend\.test\/reset-password\?token=/);
    const path = out.set_password_url.replace(PUBLIC_URL, '');
    const b = browser(t.app);
    const page = await b.get(path);
    expect(page.status).toBe(200);
    expect(page.text).toContain('cli-made@example.com');
    const body = new URLSearchParams(formBodyOf(page.text, '/reset-password'));
    body.set('new_password', 'my very own password');
    const set = await b.post('/reset-password').type('form').send(body.toString());
    expect(set.status).toBe(303);
    expect((await signInAgain('cli-made@example.com', 'my very own password')).res.status).toBe(
      303,
    );
    expect((await b.get(path)).status).toBe(400);
    const again = await b.post('/reset-password').type('form').send(body.toString());
    expect(again.status).toBe(400);
  });
});

describe('device names', () => {
  it('names a browser and system as a person would', () => {
    expect(
      browserName(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari on iPhone');
    expect(
      browserName(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      ),
    ).toBe('Edge on Windows');
    expect(
      browserName(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:133.0) Gecko/20100101 Firefox/133.0',
      ),
    ).toBe('Firefox on macOS');
    expect(
      browserName(
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      ),
    ).toBe('Chrome on Android');
    expect(browserName('curl/8.5.0')).toBe('curl');
    expect(browserName(null)).toBe('Unknown device');
  });
});
