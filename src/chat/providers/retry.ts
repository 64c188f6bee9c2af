/**
 * Our own retries around one streamed turn (the SDKs' are off, `maxRetries: 0`), so both
 * providers back off alike: 429, 5xx, connection failures and timeouts are tried again
 * with exponential backoff and jitter, honouring Retry-After, but only while nothing has
 * been yielded: text already shown is never streamed twice.
 */
import { setTimeout as wait } from 'node:timers/promises';
import { ProviderError } from './provider.ts';
import { retryAfterMs } from './retry-after.ts';

/** What an SDK's error says, in the terms the retry needs (each provider reads its own). */
export interface FailureFacts {
  message: string;
  status?: number;
  headers?: Headers;
  /** The endpoint could not be reached, or the connection broke. */
  connection?: boolean;
}

export interface RetryPolicy {
  /** Attempts after the first (LLM_MAX_RETRIES). */
  maxRetries: number;
  /** Longest one attempt may take, its streaming included (LLM_TIMEOUT_MS). */
  timeoutMs: number;
  /** Waits between attempts; tests pass one that records the delay and returns at once. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Jitter's source, 0 ≤ x < 1. */
  random?: () => number;
  /** For a Retry-After given as an HTTP date. */
  now?: () => Date;
}

const BASE_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8_000;
/** Someone is watching the chat: a longer Retry-After is reported, not waited out. */
const MAX_WAIT_MS = 30_000;

interface Verdict {
  error: ProviderError;
  retry: boolean;
  waitMs?: number;
}

export async function* withRetries<T>(
  label: string,
  policy: RetryPolicy,
  signal: AbortSignal | undefined,
  describe: (error: unknown) => FailureFacts,
  attempt: (signal: AbortSignal) => AsyncIterable<T>,
): AsyncGenerator<T> {
  for (let retries = 0; ; retries++) {
    const timeout = AbortSignal.timeout(policy.timeoutMs);
    let started = false;
    try {
      for await (const event of attempt(signal ? AbortSignal.any([signal, timeout]) : timeout)) {
        started = true;
        yield event;
      }
      return;
    } catch (error) {
      // The caller's own cancel is theirs to see as it is, not a provider failure.
      if (signal?.aborted) throw signal.reason;
      const verdict = timeout.aborted
        ? timedOut(label, policy.timeoutMs)
        : judge(label, describe(error), policy.now?.() ?? new Date());
      if (started || !verdict.retry || retries >= policy.maxRetries) throw verdict.error;
      const delay = verdict.waitMs ?? backoff(retries, policy.random ?? Math.random);
      if (delay > MAX_WAIT_MS) throw verdict.error;
      await pause(policy, delay, signal);
    }
  }
}

/**
 * Facts about an error that is not the SDK's own: undici says `terminated` when a response
 * body is cut off, and socket errors carry a `code` (ECONNRESET…); anything else is taken
 * as a fault that trying again would not mend.
 */
export function otherFailure(error: unknown): FailureFacts {
  const message = error instanceof Error ? error.message : String(error);
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return { message, connection: message === 'terminated' || typeof cause?.code === 'string' };
}

function judge(label: string, facts: FailureFacts, now: Date): Verdict {
  const { status } = facts;
  if (status !== undefined) {
    const transient = status === 429 || status >= 500;
    return {
      error: new ProviderError(`${label} answered ${status}: ${facts.message}`, status, transient),
      retry: transient,
      waitMs: transient ? retryAfterMs(facts.headers, now) : undefined,
    };
  }
  if (facts.connection) {
    const error = new ProviderError(
      `${label}: the connection failed (${facts.message})`,
      undefined,
      true,
    );
    return { error, retry: true };
  }
  // A stream that broke its own protocol, or an error event inside it: trying again would
  // most likely meet the same.
  return {
    error: new ProviderError(`${label} failed: ${facts.message}`, undefined, false),
    retry: false,
  };
}

function timedOut(label: string, timeoutMs: number): Verdict {
  const message = `${label} did not finish answering within ${timeoutMs / 1000} s`;
  return { error: new ProviderError(message, undefined, true), retry: true };
}

/** Full exponential backoff with jitter: half fixed, half random, so clients spread out. */
function backoff(retries: number, random: () => number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** retries);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

async function pause(policy: RetryPolicy, ms: number, signal: AbortSignal | undefined) {
  try {
    await (policy.sleep ?? ((d, s) => wait(d, undefined, { signal: s })))(ms, signal);
  } catch (error) {
    throw signal?.aborted ? signal.reason : error;
  }
}
