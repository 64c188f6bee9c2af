/**
 * Tend's history in the Messages API's shape: files as `image`/`document` blocks, an
 * assistant's tool calls as `tool_use` blocks, results as `tool_result` blocks in a user
 * message. Turns must alternate, so consecutive user-side messages (several tool results,
 * or results followed by the person's next words) are merged into one.
 */
import type Anthropic from '@anthropic-ai/sdk';
import { describeUnreadableFile } from './file-note.ts';
import type { ChatMessage, ChatProvider, MessageFile, ToolSpec } from './provider.ts';

type MessageParam = Anthropic.Messages.MessageParam;
type Block = Anthropic.Messages.ContentBlockParam;

export function toAnthropicMessages(
  messages: ChatMessage[],
  accepts: ChatProvider['accepts'],
): MessageParam[] {
  const params: { role: 'user' | 'assistant'; content: Block[] }[] = [];
  const add = (role: 'user' | 'assistant', blocks: Block[]) => {
    if (blocks.length === 0) return; // the API refuses an empty turn
    const last = params.at(-1);
    if (last?.role === role) last.content.push(...blocks);
    else params.push({ role, content: blocks });
  };
  for (const message of messages) {
    if (message.role === 'user') {
      add('user', [...fileBlocks(message.files ?? [], accepts), ...text(message.content)]);
    } else if (message.role === 'assistant') {
      const uses = (message.toolCalls ?? []).map(
        (call): Block => ({
          type: 'tool_use',
          id: call.id,
          name: call.name,
          input: call.arguments,
        }),
      );
      add('assistant', [...text(message.content), ...uses]);
    } else {
      add('user', [
        {
          type: 'tool_result',
          tool_use_id: message.toolCallId,
          content: message.content,
          ...(message.isError && { is_error: true }),
        },
      ]);
    }
  }
  return params;
}

/** The API refuses empty text blocks. */
function text(content: string): Block[] {
  return content === '' ? [] : [{ type: 'text', text: content }];
}

function fileBlocks(files: MessageFile[], accepts: ChatProvider['accepts']): Block[] {
  return files.map((file): Block => {
    const { mediaType, base64: data } = file;
    if (mediaType === 'application/pdf') {
      return accepts.pdf
        ? {
            type: 'document',
            source: { type: 'base64', media_type: mediaType, data },
            title: file.name,
          }
        : { type: 'text', text: describeUnreadableFile(file) };
    }
    return accepts.images
      ? { type: 'image', source: { type: 'base64', media_type: mediaType, data } }
      : { type: 'text', text: describeUnreadableFile(file) };
  });
}

export function toAnthropicTools(tools: ToolSpec[]): Anthropic.Messages.Tool[] {
  return tools.map((tool) => ({
    name: tool.name,
    description: tool.description,
    input_schema: tool.inputSchema as Anthropic.Messages.Tool.InputSchema,
  }));
}
