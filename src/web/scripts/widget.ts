/**
 * Tend's chat on someone's own page: `<script src=".../widget.js" data-tend-widget="ID" async>`.
 * Everything it draws lives in a Shadow DOM, so the page's styles and the widget's never
 * meet. It signs in through a popup on Tend (a public OAuth client with PKCE: no key in the
 * page), keeps its tokens and conversation in this site's localStorage, and streams replies.
 */
import { WIDGET_CSS } from '../widget-style.ts';
import { readServerEvents } from './shared/server-events.ts';

interface Settings {
  allowed: boolean;
  message?: string;
  theme: 'light' | 'dark';
  position: 'bottom-right' | 'bottom-left';
  greeting: string;
  client_id: string;
  scope: string;
  tend_origin: string;
  authorize_url: string;
  token_url: string;
  redirect_uri: string;
  api_url: string;
}

interface Stored {
  accessToken?: string;
  refreshToken?: string;
  expiresAt?: number;
  conversationId?: string;
}

interface Message {
  role: 'user' | 'assistant' | 'tool';
  content: string;
  tool_name?: string;
  tool_calls?: { id: string; name: string; status: string; arguments: unknown }[];
}

const script = (document.currentScript ??
  document.querySelector('script[data-tend-widget]')) as HTMLScriptElement | null;
const widgetId = script?.dataset.tendWidget ?? '';
const tendOrigin = script ? new URL(script.src).origin : '';
const storeKey = `tend-widget:${widgetId}`;

function load(): Stored {
  try {
    return JSON.parse(localStorage.getItem(storeKey) ?? '{}') as Stored;
  } catch {
    return {};
  }
}
function save(patch: Partial<Stored>): void {
  localStorage.setItem(storeKey, JSON.stringify({ ...load(), ...patch }));
}
function forget(keys: (keyof Stored)[]): void {
  const stored = load();
  for (const key of keys) delete stored[key];
  localStorage.setItem(storeKey, JSON.stringify(stored));
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function base64url(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function randomText(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}
async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

// The frame: a launcher button and a panel, in a shadow root of their own.
const host = el('div', { 'data-tend-widget-host': widgetId });
const root = host.attachShadow({ mode: 'open' });
const style = el('style', {}, WIDGET_CSS);
const launcher = el('button', {
  type: 'button',
  class: 'launcher',
  'aria-expanded': 'false',
  'aria-controls': 'tend-panel',
});
launcher.textContent = 'Chat';
launcher.setAttribute('aria-label', 'Open the chat');
const panel = el('section', {
  id: 'tend-panel',
  class: 'panel',
  role: 'dialog',
  'aria-label': 'Chat with Tend',
  hidden: '',
});
const header = el('header');
const title = el('h2', {}, 'Chat');
const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close the chat' }, '×');
header.append(title, close);
const log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite' });
const notice = el('p', { class: 'notice', role: 'status' });
const signIn = el('button', { type: 'button', class: 'sign-in', hidden: '' }, 'Sign in to Tend');
const form = el('form', { class: 'compose', hidden: '' });
const input = el('textarea', { rows: '2', 'aria-label': 'Your message', required: '' });
const send = el('button', { type: 'submit' }, 'Send');
form.append(input, send);
panel.append(header, log, notice, signIn, form);
root.append(style, launcher, panel);

let settings: Settings | undefined;
let busy = false;

function setOpen(open: boolean): void {
  panel.hidden = !open;
  launcher.setAttribute('aria-expanded', String(open));
  launcher.setAttribute('aria-label', open ? 'Close the chat' : 'Open the chat');
  if (!open) launcher.focus();
  else if (!form.hidden) input.focus();
  else if (!signIn.hidden) signIn.focus();
  else close.focus();
}
launcher.addEventListener('click', () => setOpen(panel.hidden));
close.addEventListener('click', () => setOpen(false));
panel.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') setOpen(false);
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    form.requestSubmit();
  }
});

function say(text: string): void {
  notice.textContent = text;
}

function bubble(role: string, text: string): HTMLElement {
  const node = el('p', { class: `message ${role}` }, text);
  log.append(node);
  log.scrollTop = log.scrollHeight;
  return node;
}
function smallPrint(text: string): void {
  log.append(el('p', { class: 'activity' }, text));
  log.scrollTop = log.scrollHeight;
}

function showSignedIn(signedIn: boolean): void {
  signIn.hidden = signedIn;
  form.hidden = !signedIn;
}

// Tokens: the access token is refreshed a minute before it runs out, or after a 401.
async function tokenRequest(body: Record<string, string>): Promise<boolean> {
  if (!settings) return false;
  const res = await fetch(settings.token_url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: settings.client_id, ...body }),
  });
  if (!res.ok) return false;
  const tokens = (await res.json()) as {
    access_token: string;
    refresh_token?: string;
    expires_in: number;
  };
  save({
    accessToken: tokens.access_token,
    expiresAt: Date.now() + tokens.expires_in * 1000,
    ...(tokens.refresh_token && { refreshToken: tokens.refresh_token }),
  });
  return true;
}

async function refresh(): Promise<boolean> {
  const { refreshToken } = load();
  if (
    refreshToken &&
    (await tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken }))
  ) {
    return true;
  }
  forget(['accessToken', 'refreshToken', 'expiresAt']);
  showSignedIn(false);
  say('Please sign in again.');
  return false;
}

async function api(path: string, init: RequestInit = {}): Promise<Response | undefined> {
  if (!settings) return undefined;
  const call = () =>
    fetch(`${settings?.api_url}${path}`, {
      ...init,
      headers: { ...init.headers, Authorization: `Bearer ${load().accessToken ?? ''}` },
    });
  if ((load().expiresAt ?? 0) - 60_000 < Date.now() && !(await refresh())) return undefined;
  let res = await call();
  if (res.status === 401 && (await refresh())) res = await call();
  return res.status === 401 ? undefined : res;
}

async function problemText(res: Response): Promise<string> {
  try {
    const problem = (await res.json()) as { detail?: string; hint?: string; title?: string };
    return [problem.detail ?? problem.title, problem.hint].filter(Boolean).join(' ');
  } catch {
    return 'Something went wrong. Please try again.';
  }
}

// The popup: Tend's sign-in and consent, back on Tend's page, which posts the code here.
let pending: { state: string; verifier: string } | undefined;
signIn.addEventListener('click', () => {
  if (!settings) return;
  const popup = window.open('', 'tend-sign-in', 'popup,width=480,height=680');
  if (!popup) {
    say('Your browser blocked the sign-in window. Allow pop-ups for this site and try again.');
    return;
  }
  const current = { state: randomText(), verifier: randomText() };
  pending = current;
  const s = settings;
  void challengeOf(current.verifier).then((challenge) => {
    const url = new URL(s.authorize_url);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: s.client_id,
      redirect_uri: s.redirect_uri,
      scope: s.scope,
      state: current.state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    popup.location.href = url.toString();
  });
  say('Sign in in the window that opened.');
});

window.addEventListener('message', (event) => {
  // Only Tend's own signed-in page may hand a code, and only for the sign-in started here.
  if (event.origin !== tendOrigin || !pending) return;
  const data = event.data as { type?: string; code?: string; state?: string; error?: string };
  if (data.type !== 'tend-widget-signed-in' || data.state !== pending.state) return;
  const { verifier } = pending;
  pending = undefined;
  if (data.error || !data.code || !settings) {
    say('You did not sign in.');
    return;
  }
  void tokenRequest({
    grant_type: 'authorization_code',
    code: data.code,
    redirect_uri: settings.redirect_uri,
    code_verifier: verifier,
  }).then(async (ok) => {
    if (!ok) return say('Signing in did not work. Please try again.');
    say('');
    showSignedIn(true);
    input.focus();
    await loadHistory();
  });
});

async function conversationId(): Promise<string | undefined> {
  const stored = load().conversationId;
  if (stored) return stored;
  const res = await api('/conversations', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  if (!res) return undefined;
  if (!res.ok) {
    say(await problemText(res));
    return undefined;
  }
  const { id } = (await res.json()) as { id: string };
  save({ conversationId: id });
  return id;
}

function showMessage(message: Message): void {
  if (message.role === 'tool') {
    smallPrint(`${message.tool_name ?? 'Tend'} answered.`);
    return;
  }
  if (message.content) bubble(message.role, message.content);
  for (const call of message.tool_calls ?? []) {
    // A change still waiting for the person, after a reload: asked again.
    if (call.status === 'awaiting_confirmation')
      askToConfirm({ tool_call_id: call.id, name: call.name });
    else smallPrint(`Used ${call.name}${call.status === 'declined' ? ' (declined)' : ''}.`);
  }
}

async function loadHistory(): Promise<void> {
  const id = load().conversationId;
  if (!id) return;
  const res = await api(`/conversations/${id}?limit=50`);
  if (!res) return;
  if (res.status === 404) {
    forget(['conversationId']);
    return;
  }
  if (!res.ok) return;
  const body = (await res.json()) as { messages: { items: Message[] } };
  for (const message of body.messages.items) showMessage(message);
}

function askToConfirm(call: { tool_call_id: string; name: string; question?: string }): void {
  const box = el('div', { class: 'confirm', role: 'group', 'aria-label': 'Confirm a change' });
  box.append(el('p', {}, call.question ?? `Tend wants to ${call.name}. Go ahead?`));
  const yes = el('button', { type: 'button' }, 'Confirm');
  const no = el('button', { type: 'button' }, 'Decline');
  const decide = (approve: boolean) => {
    box.remove();
    void turn({ decision: { tool_call_id: call.tool_call_id, approve } });
  };
  yes.addEventListener('click', () => decide(true));
  no.addEventListener('click', () => decide(false));
  box.append(yes, no);
  log.append(box);
  yes.focus();
}

/** One turn: the message sent, the reply read from server-sent events as it arrives. */
async function turn(body: Record<string, unknown>): Promise<void> {
  if (busy) return;
  busy = true;
  send.disabled = true;
  try {
    const id = await conversationId();
    if (!id) return;
    const res = await api(`/conversations/${id}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify(body),
    });
    if (!res) return;
    if (res.status === 404) forget(['conversationId']);
    if (!res.ok || !res.body) return say(await problemText(res));
    say('');
    let reply: HTMLElement | undefined;
    await readServerEvents(res, (event, payload) => {
      if (event === 'text') {
        reply ??= bubble('assistant', '');
        reply.textContent += String(payload.delta ?? '');
        log.scrollTop = log.scrollHeight;
      } else if (event === 'tool_call') {
        smallPrint(`Using ${String(payload.name ?? 'a tool')}…`);
        reply = undefined;
      } else if (event === 'tool_result') {
        const summary = typeof payload.summary === 'string' ? payload.summary : '';
        smallPrint(summary || (payload.is_error ? 'That did not work.' : 'Done.'));
      } else if (event === 'confirmation_needed') {
        askToConfirm(payload as { tool_call_id: string; name: string; question?: string });
      } else if (event === 'error') {
        const problem = payload.problem as { detail?: string } | undefined;
        say(problem?.detail ?? 'Something went wrong. Please try again.');
      }
    });
  } catch {
    say('Tend could not be reached. Please try again.');
  } finally {
    busy = false;
    send.disabled = false;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const content = input.value.trim();
  if (!content || busy) return;
  bubble('user', content);
  input.value = '';
  void turn({ content });
});

async function start(): Promise<void> {
  document.body.append(host);
  let res: Response;
  try {
    res = await fetch(`${tendOrigin}/widget/${encodeURIComponent(widgetId)}/settings`);
  } catch {
    say('The chat could not reach Tend just now.');
    return;
  }
  const body = (await res.json().catch(() => ({}))) as Partial<Settings>;
  if (!res.ok || !body.allowed) {
    host.dataset.refused = '';
    say(body.message ?? 'This chat is not allowed on this site.');
    return;
  }
  settings = body as Settings;
  host.classList.add(settings.theme, settings.position);
  panel.classList.add(settings.theme);
  launcher.classList.add(settings.position);
  panel.classList.add(settings.position);
  bubble('assistant greeting', settings.greeting);
  const signedIn = Boolean(load().refreshToken || load().accessToken);
  showSignedIn(signedIn);
  if (signedIn) await loadHistory();
}

if (widgetId && tendOrigin) {
  if (document.body) void start();
  else document.addEventListener('DOMContentLoaded', () => void start());
}
