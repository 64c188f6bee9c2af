import type { Request, Response } from 'express';
import {
  clientOf,
  listSecurityEvents,
  recordSecurityEvent,
  type SecurityEvent,
  type SecurityEventKind,
  securityEventKey,
} from '../../auth/security-events.ts';
import { webPrincipal } from '../../auth/session-check.ts';
import { currentSession } from '../../auth/session-cookie.ts';
import { browserName } from '../../core/browser-name.ts';
import { formatInZone } from '../../dates/zone.ts';
import { decodeCursor, encodeCursor, isIsoInstant, isUuid } from '../../paging/cursor.ts';
import { csrfField } from '../../web/form-guard.ts';
import { seeOther } from '../../web/forms.ts';
import { html } from '../../web/html.ts';
import { signedInForm } from '../../web/signed-in-form.ts';
import type { WebDeps } from '../../web/web-deps.ts';
import { endEverySession } from '../end-every-session.ts';
import { sendAccountPage } from './account-frame.ts';
import { shortTime } from './api-keys.ts';

const SECURITY_PAGE = '/account/security';
const PAGE_SIZE = 25;

/** Each kind of event, as the person would say it. */
const WHAT: Record<SecurityEventKind, string> = {
  sign_in: 'Signed in',
  sign_in_failed: 'Failed sign-in (wrong password)',
  password_changed: 'Password changed',
  password_reset: 'Password reset by mailed link',
  api_key_created: 'API key created',
  api_key_revoked: 'API key revoked',
  app_connected: 'App connected',
  app_disconnected: 'App disconnected',
  signed_out_everywhere: 'Signed out everywhere else',
  widget_created: 'Chat widget made',
  widget_deleted: 'Chat widget deleted',
  webhook_created: 'Webhook added',
  webhook_deleted: 'Webhook deleted',
};

function isKey(key: unknown[]): key is [string, string] {
  return key.length === 2 && isIsoInstant(key[0]) && isUuid(key[1]);
}

function afterOf(value: unknown): [string, string] | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    return decodeCursor(value, isKey);
  } catch {
    return undefined;
  }
}

function eventRow(e: SecurityEvent, timezone: string) {
  return html`<tr><td>${shortTime(formatInZone(e.at, timezone))}</td><td>${WHAT[e.kind] ?? e.kind}${e.detail && html`: <strong>${e.detail}</strong>`}</td><td>${e.userAgent || e.ip ? browserName(e.userAgent) : '—'}</td><td>${e.ip ?? '—'}</td></tr>\n`;
}

/**
 * GET /account/security: what happened to the account's access, newest first, in the
 * person's own time zone, a page at a time; and signing out everywhere else.
 */
export function showSecurity(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await currentSession(req, deps);
    if (!session) return seeOther(res, `/signin?return_to=${encodeURIComponent(SECURITY_PAGE)}`);
    const { timezone } = await webPrincipal(deps.db, session);
    const rows = await listSecurityEvents(deps.db, session.userId, {
      after: afterOf(req.query.after),
      limit: PAGE_SIZE + 1,
    });
    const events = rows.slice(0, PAGE_SIZE);
    const last = events[events.length - 1];
    const more = rows.length > PAGE_SIZE && last;
    const csrf = csrfField(deps.csrf.token(req, res, session.cookie));
    sendAccountPage(res, {
      title: 'Security',
      current: SECURITY_PAGE,
      body: html`${req.query.signed_out === '1' && html`<p role="status" class="ok">Every other browser and app was signed out. Apps have to be allowed again to reconnect.</p>`}
<h2>Sign out everywhere else</h2>
<p>If you signed in on a computer that is not yours, or lost a phone: this ends every other browser's session and every app's sign-in. This browser stays signed in.</p>
<form method="post" action="/account/sign-out-everywhere">
${csrf}
<p><button type="submit" class="secondary">Sign out everywhere else</button></p>
</form>
<h2>Recent activity</h2>
<p>Sign-ins and changes to how your account is reached, kept for a year. Times are in ${timezone.replace(/_/g, ' ')}.</p>
${
  events.length === 0
    ? html`<p>Nothing yet.</p>`
    : html`<div class="scroll-table"><table class="security-log">
<thead><tr><th scope="col">When</th><th scope="col">What</th><th scope="col">Device</th><th scope="col">IP address</th></tr></thead>
<tbody>
${events.map((e) => eventRow(e, timezone))}</tbody>
</table></div>`
}
${more && html`<p><a href="${SECURITY_PAGE}?after=${encodeCursor(securityEventKey(last))}">Older activity</a></p>`}
${req.query.after !== undefined && html`<p><a href="${SECURITY_PAGE}">Newest activity</a></p>`}`,
    });
  };
}

/** POST /account/sign-out-everywhere: every other session and refresh token ends (A17). */
export function signOutEverywhere(deps: WebDeps) {
  return async (req: Request, res: Response) => {
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    await deps.db.transaction(async (trx) => {
      await endEverySession(trx, session.userId, { keep: session.idHash });
      await recordSecurityEvent(trx, {
        userId: session.userId,
        kind: 'signed_out_everywhere',
        at: deps.now(),
        client: clientOf(req),
      });
    });
    seeOther(res, `${SECURITY_PAGE}?signed_out=1`);
  };
}
