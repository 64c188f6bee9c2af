import type { components } from '../../generated/openapi.ts';

export type WebhookEvent = components['schemas']['WebhookEvent'];

/**
 * Every event a webhook may ask for, each with the words the dashboard shows. The journal's
 * trigger (migration 0114) names them: an entry's entity and operation, `task.completed`.
 */
export const WEBHOOK_EVENTS: readonly { event: WebhookEvent; words: string }[] = [
  { event: 'all', words: 'Everything, including kinds of event added later' },
  { event: 'task.created', words: 'A task is added' },
  { event: 'task.updated', words: 'A task is changed' },
  { event: 'task.completed', words: 'A task is completed' },
  { event: 'task.reopened', words: 'A completed task is reopened' },
  { event: 'task.deleted', words: 'A task is deleted' },
  { event: 'record.created', words: 'A care record is added' },
  { event: 'record.updated', words: 'A care record is changed' },
  { event: 'record.deleted', words: 'A care record is deleted' },
  { event: 'subject.created', words: 'A person or pet is added' },
  { event: 'subject.updated', words: 'A person or pet is changed' },
  { event: 'subject.deleted', words: 'A person or pet is removed' },
];

/** The test event sendTestWebhook queues; no webhook subscribes to it, every one may get it. */
export const PING_EVENT = 'ping';

/** What a webhook receives: the event, when it happened, and the item as the API shows it. */
export interface WebhookPayload {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}
