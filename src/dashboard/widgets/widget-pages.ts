import type { components } from '../../../generated/openapi.ts';
import { sendAccountPage } from '../../accounts/pages/account-frame.ts';
import { seeOther } from '../../web/forms.ts';
import { html } from '../../web/html.ts';
import { expectStatus } from '../../web/operate.ts';
import { formProblemText } from '../form-problem.ts';
import type { PageContext } from '../page-context.ts';
import {
  bodyOfForm,
  valuesOfForm,
  valuesOfWidget,
  WIDGET_LABELS,
  type WidgetFormValues,
  widgetForm,
} from './widget-form.ts';

type WidgetPage = components['schemas']['WidgetPage'];
type Widget = components['schemas']['Widget'];
type EmbedCode = components['schemas']['WidgetEmbedCode'];

const EMPTY: WidgetFormValues = { name: '', sites: '', theme: '', position: '', greeting: '' };
const widgetPath = (id: string) => `/account/widgets/${encodeURIComponent(id)}`;

/** GET /account/widgets: the person's widgets, and the form to make one (listWidgets). */
export async function showWidgets(
  ctx: PageContext,
  form: { values: WidgetFormValues; problem?: string; status?: number } = { values: EMPTY },
): Promise<void> {
  const reply = await ctx.run({ method: 'GET', path: '/v1/widgets', query: { limit: '100' } });
  const page = expectStatus<WidgetPage>(reply, 200);
  const done = ctx.req.query.done;
  sendAccountPage(ctx.res, {
    title: 'Chat widgets',
    current: '/account/widgets',
    status: form.status ?? 200,
    body: html`<p>Put Tend's chat on a site of your own, such as a family page. Only the sites you list may show it, and each person signs in with their own Tend account: no key is ever put in the page.</p>
${done === 'deleted' && html`<p role="status">The widget was deleted; it no longer works on any site.</p>`}
${
  page.items.length === 0
    ? html`<p>No chat widgets yet.</p>`
    : html`<ul class="widget-list">
${page.items.map((w) => html`<li><a href="${widgetPath(w.id)}">${w.name}</a>: ${w.allowed_origins.join(', ')}</li>\n`)}</ul>`
}
<h2 id="new-widget">Make a widget</h2>
${form.problem && html`<p role="alert">${form.problem}</p>`}
${widgetForm({ action: '/account/widgets', csrf: ctx.csrf, values: form.values, submit: 'Make widget' })}`,
  });
}

/** POST /account/widgets (createWidget), then to the new widget's page with its snippet. */
export async function createWidgetFromPage(ctx: PageContext): Promise<void> {
  const values = valuesOfForm(ctx.req);
  const reply = await ctx.run({ method: 'POST', path: '/v1/widgets', body: bodyOfForm(values) });
  if (reply.status === 201) {
    return seeOther(ctx.res, `${widgetPath((reply.body as Widget).id)}?done=made`);
  }
  if (reply.status >= 500) expectStatus(reply, 201);
  await showWidgets(ctx, {
    values,
    problem: formProblemText(reply, WIDGET_LABELS),
    status: 422,
  });
}

/** GET /account/widgets/:id: the snippet to copy, and the form to change it (getWidget). */
export async function showWidget(
  ctx: PageContext,
  form?: { values: WidgetFormValues; problem: string },
): Promise<void> {
  const id = String(ctx.req.params.id);
  const reply = await ctx.run({ method: 'GET', path: `/v1/widgets/${encodeURIComponent(id)}` });
  if (reply.status === 404) return seeOther(ctx.res, '/account/widgets');
  const widget = expectStatus<Widget>(reply, 200);
  const embed = expectStatus<EmbedCode>(
    await ctx.run({ method: 'GET', path: `/v1/widgets/${encodeURIComponent(id)}/embed-code` }),
    200,
  );
  const done = ctx.req.query.done;
  sendAccountPage(ctx.res, {
    title: widget.name,
    current: '/account/widgets',
    status: form ? 422 : 200,
    body: html`<p><a href="/account/widgets">All chat widgets</a></p>
${done === 'made' && html`<p role="status">Your widget is ready. Paste the line below into your page.</p>`}
${done === 'saved' && html`<p role="status">Saved.</p>`}
<h2 id="embed">Put it on your page</h2>
<p><label for="embed-code">Paste this line into your page, just before <code>&lt;/body&gt;</code>:</label></p>
<p><textarea id="embed-code" readonly rows="3" class="embed-code">${embed.html}</textarea></p>
<h2 id="settings">Settings</h2>
${form && html`<p role="alert">${form.problem}</p>`}
${widgetForm({ action: widgetPath(id), csrf: ctx.csrf, values: form?.values ?? valuesOfWidget(widget), submit: 'Save' })}
<p><a href="${widgetPath(id)}/delete">Delete this widget</a></p>`,
  });
}

/** POST /account/widgets/:id (updateWidget). */
export async function updateWidgetFromPage(ctx: PageContext): Promise<void> {
  const id = String(ctx.req.params.id);
  const values = valuesOfForm(ctx.req);
  const reply = await ctx.run({
    method: 'PATCH',
    path: `/v1/widgets/${encodeURIComponent(id)}`,
    body: bodyOfForm(values),
  });
  if (reply.status === 200) return seeOther(ctx.res, `${widgetPath(id)}?done=saved`);
  if (reply.status === 404) return seeOther(ctx.res, '/account/widgets');
  if (reply.status >= 500) expectStatus(reply, 200);
  await showWidget(ctx, { values, problem: formProblemText(reply, WIDGET_LABELS) });
}

/** GET /account/widgets/:id/delete: asks first; deleting ends every sign-in through it. */
export async function confirmDeleteWidget(ctx: PageContext): Promise<void> {
  const id = String(ctx.req.params.id);
  const reply = await ctx.run({ method: 'GET', path: `/v1/widgets/${encodeURIComponent(id)}` });
  if (reply.status === 404) return seeOther(ctx.res, '/account/widgets');
  const widget = expectStatus<Widget>(reply, 200);
  sendAccountPage(ctx.res, {
    title: `Delete ${widget.name}?`,
    current: '/account/widgets',
    body: html`<p>The chat stops working on ${widget.allowed_origins.join(', ')} at once, and everyone signed in through it is signed out. Conversations already held stay in each person's Tend.</p>
<form method="post" action="${widgetPath(id)}/delete">${ctx.csrf}
<p><button type="submit">Delete widget</button> <a href="${widgetPath(id)}">Keep it</a></p></form>`,
  });
}

/** POST /account/widgets/:id/delete (deleteWidget). */
export async function deleteWidgetFromPage(ctx: PageContext): Promise<void> {
  const id = String(ctx.req.params.id);
  const reply = await ctx.run({ method: 'DELETE', path: `/v1/widgets/${encodeURIComponent(id)}` });
  if (reply.status >= 500) expectStatus(reply, 204);
  seeOther(ctx.res, reply.status === 204 ? '/account/widgets?done=deleted' : '/account/widgets');
}
