import type { Logger } from 'pino';
import type { Principal } from '../auth/principal.ts';
import type { RequestClient } from '../auth/security-events.ts';
import type { Tool } from '../contract/tools.ts';
import type { ChatProvider, ToolCall } from './providers/provider.ts';
import type { PriceTable } from './usage/prices.ts';

/** What the operator decides about the chat (docs/chat.md). */
export interface ChatPolicy {
  /** USD per million tokens, by model; a model without a price costs 0. */
  prices: PriceTable;
  /** What the chat may cost per person per calendar month; none when undefined. */
  monthlyBudgetUsd: number | undefined;
  /** Added to the system prompt, after what Tend says of itself. */
  systemPromptExtra: string;
  /** Model calls in one turn, at most: a model looping on tools is stopped. */
  maxModelCalls: number;
  /** How much history (in estimated tokens) goes with each model call. */
  historyTokens: number;
  /** Messages a person may send per minute, over all their conversations. */
  messagesPerMinute: number;
}

/** The request a tool call is made within: its id, log and client go with the call. */
export interface ParentCall {
  requestId: string;
  log: Logger;
  client?: RequestClient;
}

/** What a tool call answered, as the model is shown it. */
export interface ToolOutcome {
  isError: boolean;
  /** The answer's body, as compact JSON text. */
  content: string;
  /** The answer's body, for the chat's own use (the id of a record it made). */
  body: unknown;
}

/**
 * The contract as the chat uses it: the same assistant tools as MCP, run through the same
 * pipeline with the conversation owner's scopes. Bound once the contract is built.
 */
export interface ChatContract {
  /** What Tend says of itself (the contract's description), for the system prompt. */
  about(): string;
  tools(): Tool[];
  runTool(call: ToolCall, principal: Principal, parent: ParentCall): Promise<ToolOutcome>;
  /** Keeps a file the person sent on a record the chat made. */
  attach(
    recordId: string,
    file: { name: string; mediaType: string; bytes: Uint8Array },
    principal: Principal,
    parent: ParentCall,
  ): Promise<boolean>;
}

export interface ChatDeps {
  provider: ChatProvider | undefined;
  policy: ChatPolicy;
  contract: ChatContract;
}
