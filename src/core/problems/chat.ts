import { HttpError } from '../http-error.ts';
import { conflictingInputs, eachConflicts } from './input.ts';
import { validationFailed } from './routing.ts';

/** No model is configured: the chat says so plainly; the rest of Tend is unaffected. */
export function chatNotConfigured(): HttpError {
  return new HttpError({
    status: 503,
    code: 'chat_not_configured',
    title: 'Chat is not set up',
    detail: 'This Tend has no model configured for its chat.',
    hint: 'Ask whoever runs this Tend to set LLM_BASE_URL or ANTHROPIC_API_KEY; the rest of Tend works as usual.',
  });
}

/** The model's provider failed after its retries. */
export function chatModelUnavailable(retryAfterSeconds = 30): HttpError {
  return new HttpError({
    status: 503,
    code: 'chat_model_unavailable',
    title: 'The model did not answer',
    detail: "The chat's model could not be reached or kept failing.",
    hint: `Try again in ${retryAfterSeconds} seconds; nothing was changed.`,
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });
}

/** This month's budget is spent: the model is not called. */
export function chatBudgetSpent(spentUsd: number, budgetUsd: number, renewsOn: string): HttpError {
  return new HttpError({
    status: 402,
    code: 'chat_budget_spent',
    title: 'Chat budget spent',
    detail: `This month's chat has cost $${spentUsd.toFixed(2)} of the $${budgetUsd.toFixed(2)} allowed.`,
    hint: `The chat answers again on ${renewsOn}; the rest of Tend works as usual.`,
  });
}

/** A decision that names no waiting change (already decided, or never asked). */
export function chatNothingToDecide(toolCallId: string): HttpError {
  return new HttpError({
    status: 409,
    code: 'chat_nothing_to_decide',
    title: 'Nothing is waiting for this decision',
    detail: `No change with tool_call_id "${toolCallId}" is waiting in this conversation.`,
    hint: 'Get the conversation again to see where it stands.',
  });
}

/** Another reply is being written in this conversation. */
export function chatTurnInProgress(): HttpError {
  return new HttpError({
    status: 409,
    code: 'chat_turn_in_progress',
    title: 'A reply is still being written',
    detail: 'The chat is still answering the previous message in this conversation.',
    hint: 'Wait for that reply to finish, then send again.',
  });
}

/** Neither words nor a decision, or both at once. */
export function chatMessageShape(sent: { content: boolean; decision: boolean }): HttpError {
  if (sent.content && sent.decision)
    return conflictingInputs({
      errors: eachConflicts(['content', 'decision'], 'input'),
      hint: 'Send `content` for what the person says, or `decision` to answer a waiting change.',
    });
  return validationFailed([{ pointer: '/body', reason: 'needs content or decision' }], {
    status: 400,
    detail: 'A message carries `content` (with any `files`) or a `decision`.',
    hint: 'Send `content` for what the person says, or `decision` to answer a waiting change.',
  });
}
