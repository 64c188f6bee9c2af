import type { Request, Response } from 'express';
import type { components } from '../../../generated/openapi.ts';
import { currentSession } from '../../auth/session-cookie.ts';
import type { Contract } from '../../pipeline/contract-pipeline.ts';
import { csrfField } from '../../web/form-guard.ts';
import { field, seeOther } from '../../web/forms.ts';
import { type Html, html } from '../../web/html.ts';
import { expectStatus, operate } from '../../web/operate.ts';
import { signedInForm } from '../../web/signed-in-form.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { sendAccountPage } from './account-frame.ts';
import { shortTime } from './api-keys.ts';

type ReminderSettings = components['schemas']['ReminderSettings'];

const REMINDERS_PAGE = '/account/reminders';

const MODES: { value: ReminderSettings['mail_mode']; label: string; hint: string }[] = [
  { value: 'off', label: 'No reminder mail', hint: '' },
  {
    value: 'due_time',
    label: 'A mail when each task is due',
    hint: 'Tasks due on a day without a time are mailed at the morning hour below.',
  },
  {
    value: 'digest',
    label: 'One mail each morning',
    hint: 'It lists what is due that day or overdue; no mail on a morning with nothing due.',
  },
];

function hourText(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

function mailSection(s: ReminderSettings, csrf: Html): Html {
  const zone = s.timezone.replace(/_/g, ' ');
  return html`<h2 id="mail">Your choices</h2>
${!s.email_verified && html`<p role="alert">Reminder mail goes only to a confirmed address: confirm yours on the <a href="/account">Overview</a> page first.</p>`}
<form method="post" action="${REMINDERS_PAGE}">
${csrf}
<fieldset><legend>Reminder mail</legend>
${MODES.map(
  (m) =>
    html`<div class="option"><label class="choice"><input type="radio" name="mail_mode" value="${m.value}"${m.hint ? html` aria-describedby="mode-${m.value}-hint"` : ''}${s.mail_mode === m.value ? html` checked` : ''}> ${m.label}</label>${m.hint && html`<span class="meta hint" id="mode-${m.value}-hint">${m.hint}</span>`}</div>
`,
)}</fieldset>
<p><label for="digest-hour">Morning hour (in ${zone})</label>
<select id="digest-hour" name="digest_hour">
${Array.from(
  { length: 24 },
  (_, h) =>
    html`<option value="${String(h)}"${h === s.digest_hour ? html` selected` : ''}>${hourText(h)}</option>\n`,
)}</select></p>
<p><label><input type="checkbox" name="push_enabled" value="on"${s.push_enabled ? html` checked` : ''}> Send notifications to the devices below</label></p>
<p><button type="submit">Save</button></p>
</form>
<p class="meta">Times are in your time zone, ${zone}; Tend keeps the hour when the clocks change.</p>`;
}

function devicesSection(s: ReminderSettings, csrf: Html): Html {
  return html`<h2 id="devices">Notifications on your devices</h2>
<p>A notification appears on this computer or phone when a task is due, even when Tend is not open.</p>
<div id="push-device" data-vapid-key="${s.vapid_public_key ?? ''}" hidden>
<p><button type="button" id="push-turn-on">Turn on notifications on this device</button></p>
<p id="push-status" role="status" aria-live="polite"></p>
</div>
<noscript><p>Turning notifications on needs JavaScript in this browser.</p></noscript>
${
  s.devices.length === 0
    ? html`<p>No device gets notifications yet.</p>`
    : html`<ul class="devices">
${s.devices.map(
  (d) =>
    html`<li><strong>${d.label}</strong>, added ${shortTime(d.created_at)}${d.last_success_at ? html`, last reminded ${shortTime(d.last_success_at)}` : ''}.
<form method="post" action="${REMINDERS_PAGE}/devices/${d.id}/delete">${csrf}<button type="submit" class="secondary">Remove</button></form></li>
`,
)}</ul>`
}`;
}

/**
 * GET /account/reminders: how reminders reach the person (getReminderSettings): mail at
 * the due time or a morning digest, the hour, and the devices that get Web Push, with the
 * button that subscribes this browser (src/web/scripts/push-device.ts).
 */
export function showReminders(deps: WebDeps, contract: Contract) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    if (!session) return seeOther(res, `/signin?return_to=${encodeURIComponent(REMINDERS_PAGE)}`);
    const settings = expectStatus<ReminderSettings>(
      await operate(contract, deps, res, session, { method: 'GET', path: '/v1/account/reminders' }),
      200,
    );
    const csrf = csrfField(deps.csrf.token(req, res, session.cookie));
    sendAccountPage(res, {
      title: 'Reminders',
      current: REMINDERS_PAGE,
      scripts: ['push-device'],
      body: html`${req.query.saved === '1' && html`<p role="status" class="ok">Saved.</p>`}
${req.query.removed === '1' && html`<p role="status" class="ok">That device gets no more notifications.</p>`}
<p>Tend reminds you of tasks when they are due. Your calendar feed (on <a href="/account/connections">Connections</a>) carries an alarm for each task as well.</p>
${mailSection(settings, csrf)}
${devicesSection(settings, csrf)}`,
    });
  };
}

/** POST /account/reminders: the choices, through updateReminderSettings. */
export function saveRemindersFromPage(deps: WebDeps, contract: Contract) {
  return async (req: Request, res: Response) => {
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    const mode = field(req, 'mail_mode');
    const hour = Number.parseInt(field(req, 'digest_hour'), 10);
    const reply = await operate(contract, deps, res, session, {
      method: 'PATCH',
      path: '/v1/account/reminders',
      body: {
        ...(mode && { mail_mode: mode }),
        ...(Number.isInteger(hour) && { digest_hour: hour }),
        push_enabled: field(req, 'push_enabled') === 'on',
      },
    });
    // Only a tampered form can be refused: the page offers valid choices alone.
    seeOther(res, reply.status === 200 ? `${REMINDERS_PAGE}?saved=1` : REMINDERS_PAGE);
  };
}

/** POST /account/reminders/devices/:id/delete: through deletePushDevice. */
export function removeDeviceFromPage(deps: WebDeps, contract: Contract) {
  return async (req: Request, res: Response) => {
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    await operate(contract, deps, res, session, {
      method: 'DELETE',
      path: `/v1/account/reminders/devices/${encodeURIComponent(String(req.params.deviceId))}`,
    });
    seeOther(res, `${REMINDERS_PAGE}?removed=1#devices`);
  };
}
