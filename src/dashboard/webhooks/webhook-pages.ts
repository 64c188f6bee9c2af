import type { components } from '../../../generated/openapi.ts';
import { sendAccountPage } from '../../accounts/pages/account-frame.ts';
import { readCookie, setCookie } from '../../core/cookies.ts';
import { field, seeOther } from '../../web/forms.ts';
import { type Html, html } from '../../web/html.ts';
import { expectStatus } from '../../web/operate.ts';
import { WEBHOOK_EVENTS } from '../../webhooks/events.ts';
import { formProblemText } from '../form-problem.ts';
import type { DashboardDeps, PageContext } from '../page-context.ts';

type Webhook = components['schemas']['Webhook'];
type WebhookPage = components['schemas']['WebhookPage'];
type CreatedWebhook = components['schemas']['CreatedWebhook'];
type Delivery = components['schemas']['WebhookDelivery'];
type DeliveryPage = components['schemas']['WebhookDeliveryPage'];

const LABELS: Record<string, string> = {
  url: 'Address (URL)',
  events: 'Events',
  description: 'Description',
};
/** Carries a new secret from the POST to the one page that shows it; never stored by Tend. */
const NEW_SECRET_COOKIE = 'tend_new_webhook_secret';
const webhookPath = (id: string) => `/account/webhooks/${encodeURIComponent(id)}`;
const apiPath = (id: string) => `/v1/account/webhooks/${encodeURIComponent(id)}`;
/** `2026-11-22T09:12:03.120+01:00` → `2026-11-22 09:12:03`, in the person's own time. */
const shortTime = (at: string | null) => (at ? at.slice(0, 19).replace('T', ' ') : '');

const eventWords = (events: readonly string[]) =>
  events.map((e) => WEBHOOK_EVENTS.find((w) => w.event === e)?.words ?? e).join('; ');

function stateOf(w: Webhook): Html {
  return w.enabled
    ? html`<strong>On</strong>`
    : html`<strong>Off</strong>${w.disabled_reason ? html`: ${w.disabled_reason}` : ''}`;
}

interface FormValues {
  url: string;
  description: string;
  events: string[];
}

function addForm(csrf: Html, values: FormValues): Html {
  return html`<form method="post" action="/account/webhooks">
${csrf}
<p><label>Address (URL) <input name="url" type="url" required maxlength="500" placeholder="https://hooks.example.com/tend" value="${values.url}"></label></p>
<p><label>Description (optional) <input name="description" maxlength="200" placeholder="Family dashboard" value="${values.description}"></label></p>
<fieldset><legend>Send these events</legend>
${WEBHOOK_EVENTS.map(
  (e) =>
    html`<label><input type="checkbox" name="events" value="${e.event}"${values.events.includes(e.event) ? html` checked` : ''}> ${e.words} <code>${e.event}</code></label>
`,
)}</fieldset>
<p><button type="submit">Add webhook</button> (its signing secret is shown once)</p>
</form>`;
}

/** GET /account/webhooks: the person's webhooks, and the form to add one (listWebhooks). */
export async function showWebhooks(
  ctx: PageContext,
  form: { values: FormValues; problem?: string; status?: number } = {
    values: { url: '', description: '', events: [] },
  },
): Promise<void> {
  const page = expectStatus<WebhookPage>(
    await ctx.run({ method: 'GET', path: '/v1/account/webhooks', query: { limit: '100' } }),
    200,
  );
  const done = ctx.req.query.done;
  sendAccountPage(ctx.res, {
    title: 'Webhooks',
    current: '/account/webhooks',
    status: form.status ?? 200,
    body: html`<p>A webhook tells another service when something changes in Tend: Tend sends a signed message to the address you give each time a task or care record is added, changed or completed. Messages that fail are tried again for a day; after that Tend turns the webhook off and tells you by mail.</p>
${done === 'deleted' && html`<p role="status">The webhook was deleted; nothing more is sent to it.</p>`}
${
  page.items.length === 0
    ? html`<p>No webhooks yet.</p>`
    : html`<div class="scroll-table"><table>
<tr><th>Address</th><th>Description</th><th>Events</th><th>State</th></tr>
${page.items.map(
  (w) =>
    html`<tr><td><a href="${webhookPath(w.id)}">${w.url}</a></td><td>${w.description}</td><td>${eventWords(w.events)}</td><td>${stateOf(w)}</td></tr>
`,
)}</table></div>`
}
<h2 id="new-webhook">Add a webhook</h2>
${form.problem && html`<p role="alert">${form.problem}</p>`}
${addForm(ctx.csrf, form.values)}`,
  });
}

/** POST /account/webhooks (createWebhook), then to its page, which shows the secret once. */
export function createWebhookFromPage(deps: DashboardDeps) {
  return async (ctx: PageContext): Promise<void> => {
    const raw = (ctx.req.body as Record<string, unknown>).events;
    const events = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (e): e is string => typeof e === 'string',
    );
    const values = {
      url: field(ctx.req, 'url'),
      description: field(ctx.req, 'description'),
      events,
    };
    if (events.length === 0) {
      return showWebhooks(ctx, {
        values,
        problem: 'Choose at least one event to send.',
        status: 422,
      });
    }
    const reply = await ctx.run({
      method: 'POST',
      path: '/v1/account/webhooks',
      body: {
        url: values.url,
        events,
        ...(values.description && { description: values.description }),
      },
    });
    if (reply.status === 201) {
      const created = reply.body as CreatedWebhook;
      setCookie(ctx.res, NEW_SECRET_COOKIE, Buffer.from(created.secret).toString('base64url'), {
        secure: deps.secureCookies,
        maxAgeS: 300,
        path: webhookPath(created.id),
      });
      return seeOther(ctx.res, `${webhookPath(created.id)}?done=made`);
    }
    if (reply.status >= 500) expectStatus(reply, 201);
    await showWebhooks(ctx, { values, problem: formProblemText(reply, LABELS), status: 422 });
  };
}

function attemptsText(d: Delivery): Html {
  return html`${d.attempts.map(
    (a) =>
      html`<li>Try ${a.attempt} at ${shortTime(a.started_at)}: ${a.status_code !== null ? `answered ${a.status_code}` : a.error} (${a.latency_ms} ms)</li>`,
  )}`;
}

const STATUS_WORDS: Record<Delivery['status'], string> = {
  pending: 'Being sent',
  succeeded: 'Delivered',
  failed: 'Failed',
};

function deliveriesTable(deliveries: Delivery[]): Html {
  if (deliveries.length === 0) return html`<p>Nothing sent yet.</p>`;
  return html`<div class="scroll-table"><table class="webhook-deliveries">
<tr><th>When</th><th>Event</th><th>Result</th><th>Last answer</th><th>Time taken</th><th>Tries</th></tr>
${deliveries.map(
  (d) =>
    html`<tr><td>${shortTime(d.created_at)}</td><td><code>${d.event_type}</code></td><td>${STATUS_WORDS[d.status]}</td><td>${d.last_status_code ?? d.last_error ?? ''}</td><td>${d.last_latency_ms === null ? '' : `${d.last_latency_ms} ms`}</td>
<td>${d.attempt_count === 0 ? 'none yet' : html`<details><summary>${d.attempt_count}</summary><ul>${attemptsText(d)}</ul></details>`}</td></tr>
`,
)}</table></div>`;
}

/** GET /account/webhooks/:id: its state, its secret once, and its recent deliveries. */
export function showWebhook(deps: DashboardDeps) {
  return async (ctx: PageContext): Promise<void> => {
    const id = String(ctx.req.params.id);
    const reply = await ctx.run({ method: 'GET', path: apiPath(id) });
    if (reply.status === 404) return seeOther(ctx.res, '/account/webhooks');
    const webhook = expectStatus<Webhook>(reply, 200);
    const deliveries = expectStatus<DeliveryPage>(
      await ctx.run({ method: 'GET', path: `${apiPath(id)}/deliveries`, query: { limit: '25' } }),
      200,
    );
    const carried = readCookie(ctx.req, NEW_SECRET_COOKIE);
    if (carried !== undefined) {
      setCookie(ctx.res, NEW_SECRET_COOKIE, '', {
        secure: deps.secureCookies,
        maxAgeS: 0,
        path: webhookPath(id),
      });
    }
    const secret = carried && Buffer.from(carried, 'base64url').toString('utf8');
    const done = ctx.req.query.done;
    sendAccountPage(ctx.res, {
      title: 'Webhook',
      current: '/account/webhooks',
      body: html`<p><a href="/account/webhooks">All webhooks</a></p>
${done === 'made' && html`<p role="status">Your webhook is added.</p>`}
${done === 'sent' && html`<p role="status">A test event is on its way; reload this page to see how it went.</p>`}
${done === 'on' && html`<p role="status">The webhook is on again.</p>`}
${done === 'off' && html`<p role="status">The webhook is off; nothing is sent to it until you turn it on.</p>`}
${
  secret?.startsWith('whsec_') &&
  html`<h2 id="secret">Signing secret</h2>
<p>Copy it now into the service that receives the webhook; Tend cannot show it again. The service uses it to check that each message really comes from Tend.</p>
<p><label for="webhook-secret">Secret</label><input id="webhook-secret" readonly value="${secret}"></p>`
}
<table>
<tr><th>Address</th><td>${webhook.url}</td></tr>
<tr><th>Description</th><td>${webhook.description}</td></tr>
<tr><th>Events</th><td>${eventWords(webhook.events)}</td></tr>
<tr><th>State</th><td>${stateOf(webhook)}</td></tr>
</table>
<form method="post" action="${webhookPath(id)}/enabled">${ctx.csrf}<input type="hidden" name="enabled" value="${webhook.enabled ? 'false' : 'true'}">
<p><button type="submit">${webhook.enabled ? 'Turn off' : 'Turn on'}</button></p></form>
<form method="post" action="${webhookPath(id)}/ping">${ctx.csrf}
<p><button type="submit">Send a test event</button></p></form>
<p><a href="${webhookPath(id)}/delete">Delete this webhook</a></p>
<h2 id="deliveries">Recent deliveries</h2>
${deliveriesTable(deliveries.items)}`,
    });
  };
}

/** POST /account/webhooks/:id/enabled (updateWebhook with `enabled`). */
export async function setWebhookEnabledFromPage(ctx: PageContext): Promise<void> {
  const id = String(ctx.req.params.id);
  const enabled = field(ctx.req, 'enabled') === 'true';
  const reply = await ctx.run({ method: 'PATCH', path: apiPath(id), body: { enabled } });
  if (reply.status === 404) return seeOther(ctx.res, '/account/webhooks');
  expectStatus(reply, 200);
  seeOther(ctx.res, `${webhookPath(id)}?done=${enabled ? 'on' : 'off'}`);
}

/** POST /account/webhooks/:id/ping (sendTestWebhook). */
export async function pingWebhookFromPage(ctx: PageContext): Promise<void> {
  const id = String(ctx.req.params.id);
  const reply = await ctx.run({ method: 'POST', path: `${apiPath(id)}/ping` });
  if (reply.status === 404) return seeOther(ctx.res, '/account/webhooks');
  expectStatus(reply, 202);
  seeOther(ctx.res, `${webhookPath(id)}?done=sent#deliveries`);
}

/** GET /account/webhooks/:id/delete: asks first. */
export async function confirmDeleteWebhook(ctx: PageContext): Promise<void> {
  const id = String(ctx.req.params.id);
  const reply = await ctx.run({ method: 'GET', path: apiPath(id) });
  if (reply.status === 404) return seeOther(ctx.res, '/account/webhooks');
  const webhook = expectStatus<Webhook>(reply, 200);
  sendAccountPage(ctx.res, {
    title: 'Delete this webhook?',
    current: '/account/webhooks',
    body: html`<p>Nothing more is sent to ${webhook.url}, and the record of what was sent goes too.</p>
<form method="post" action="${webhookPath(id)}/delete">${ctx.csrf}
<p><button type="submit">Delete webhook</button> <a href="${webhookPath(id)}">Keep it</a></p></form>`,
  });
}

/** POST /account/webhooks/:id/delete (deleteWebhook). */
export async function deleteWebhookFromPage(ctx: PageContext): Promise<void> {
  const id = String(ctx.req.params.id);
  const reply = await ctx.run({ method: 'DELETE', path: apiPath(id) });
  if (reply.status >= 500) expectStatus(reply, 204);
  seeOther(ctx.res, reply.status === 204 ? '/account/webhooks?done=deleted' : '/account/webhooks');
}
