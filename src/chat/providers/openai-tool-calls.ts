/**
 * Chat Completions streams a tool call in pieces keyed by `index`: the first carries the id
 * and name, the rest carry slices of the arguments' JSON. They are gathered here and given
 * out whole once the stream ends.
 */
import type OpenAI from 'openai';
import type { ToolCall } from './provider.ts';
import { parseToolArguments } from './tool-arguments.ts';

type Piece = OpenAI.Chat.Completions.ChatCompletionChunk.Choice.Delta.ToolCall;

export class ToolCallPieces {
  private readonly calls = new Map<number, { id: string; name: string; json: string }>();

  add(piece: Piece): void {
    const call = this.calls.get(piece.index) ?? { id: '', name: '', json: '' };
    if (piece.id) call.id = piece.id;
    // The name comes whole in the first piece; a server that repeats it must not double it.
    if (piece.function?.name && !call.name) call.name = piece.function.name;
    if (piece.function?.arguments) call.json += piece.function.arguments;
    this.calls.set(piece.index, call);
  }

  get size(): number {
    return this.calls.size;
  }

  whole(): ToolCall[] {
    return [...this.calls.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, call]) => ({
        // Some compatible servers send no id; the result must still find its call.
        id: call.id || `call_${index}`,
        name: call.name,
        ...parseToolArguments(call.name, call.json),
      }));
  }
}
