import { HttpError } from '../http-error.ts';

/** A webhook URL Tend will not post to (docs/security.md A21): private, not https, or with credentials. */
export function webhookUrlRefused(reason: string): HttpError {
  return new HttpError({
    status: 422,
    code: 'webhook_url_refused',
    title: 'Webhook URL refused',
    detail: `Tend does not send webhooks to this URL: ${reason}.`,
    hint: 'Give an https URL on a public address, without a user name or password in it.',
    errors: [{ pointer: '/body/url', reason }],
  });
}
