import { dataHandlers } from '../accounts/export-import/handlers.ts';
import { accountHandlers } from '../accounts/handlers.ts';
import { activityHandlers } from '../activity/handlers.ts';
import { calendarHandlers } from '../calendar/handlers.ts';
import type { ChatDeps } from '../chat/chat-deps.ts';
import { conversationHandlers } from '../chat/conversations/handlers.ts';
import { widgetHandlers } from '../chat/widgets/handlers.ts';
import type { Handlers } from '../contract/handler-types.ts';
import { insightHandlers } from '../insights/handlers.ts';
import { itemHandlers } from '../items/handlers.ts';
import { attachmentHandlers } from '../records/attachments/handlers.ts';
import { recordBatchHandlers } from '../records/batch-handlers.ts';
import { recordHandlers } from '../records/handlers.ts';
import { reminderHandlers } from '../reminders/handlers.ts';
import { searchHandlers } from '../search/handlers.ts';
import { subjectHandlers } from '../subjects/handlers.ts';
import { taskBatchHandlers } from '../tasks/batch-handlers.ts';
import { taskHandlers } from '../tasks/handlers.ts';
import { webhookHandlers } from '../webhooks/handlers.ts';
import type { WebhookDeps } from '../webhooks/webhook-deps.ts';

/**
 * Every operation in openapi.yaml, by operationId. Typed against the generated
 * `operations`: a missing handler does not compile, and neither does one for an
 * operation the contract lacks (the check below, since spreads skip excess-property
 * checks).
 */
export function createHandlers(chat: ChatDeps, webhooks: WebhookDeps) {
  return {
    ...staticHandlers,
    ...conversationHandlers(chat),
    ...webhookHandlers(webhooks),
  } satisfies Handlers;
}

/** The handlers that need nothing but their context. */
const staticHandlers = {
  ...taskHandlers,
  ...taskBatchHandlers,
  ...subjectHandlers,
  ...recordHandlers,
  ...recordBatchHandlers,
  ...attachmentHandlers,
  ...activityHandlers,
  ...searchHandlers,
  ...itemHandlers,
  ...insightHandlers,
  ...calendarHandlers,
  ...accountHandlers,
  ...dataHandlers,
  ...widgetHandlers,
  ...reminderHandlers,
};

type UnknownOperation = Exclude<keyof ReturnType<typeof createHandlers>, keyof Handlers>;
export const noHandlerWithoutOperation: Record<UnknownOperation, never> = {};
