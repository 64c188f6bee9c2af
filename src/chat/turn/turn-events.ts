import type { components } from '../../../generated/openapi.ts';

type Schemas = components['schemas'];

/**
 * What a turn tells its listener as it goes, in order: pieces of text, each tool call and
 * its result, a change waiting for the person's decision, each message once stored, and
 * the end with the turn's usage — or an error as a problem.
 */
export type TurnEvent =
  | { event: 'text'; data: { delta: string } }
  | { event: 'tool_call'; data: { id: string; name: string; arguments: Record<string, unknown> } }
  | {
      event: 'tool_result';
      data: { tool_call_id: string; name: string; is_error: boolean; summary: string };
    }
  | {
      event: 'confirmation_needed';
      data: {
        tool_call_id: string;
        name: string;
        arguments: Record<string, unknown>;
        question: string;
      };
    }
  | { event: 'message'; data: Schemas['ChatMessage'] }
  | { event: 'done'; data: { usage: Schemas['ChatUsage']; awaiting_confirmation: boolean } }
  | { event: 'error'; data: Record<string, unknown> };

/** One server-sent event: its name and one line of JSON (JSON never holds a raw newline). */
export function sseFrame(event: TurnEvent): string {
  return `event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

/**
 * A queue between the turn and whoever reads it. The turn pushes without waiting, so a
 * reader that leaves (a closed tab) never stalls it: the turn finishes and is stored.
 */
export class EventChannel implements AsyncIterable<TurnEvent> {
  private readonly queued: TurnEvent[] = [];
  private wake: (() => void) | undefined;
  private closed = false;

  push(event: TurnEvent): void {
    if (this.closed) return;
    this.queued.push(event);
    this.wake?.();
  }

  close(): void {
    this.closed = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<TurnEvent> {
    while (true) {
      const next = this.queued.shift();
      if (next) {
        yield next;
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
  }
}

/** The channel as server-sent event text. */
export async function* asServerSentEvents(events: AsyncIterable<TurnEvent>) {
  for await (const event of events) yield sseFrame(event);
}
