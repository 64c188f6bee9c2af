/**
 * Tend's history in Chat Completions' shape: the system prompt first, files as content
 * parts (images as data URLs, PDFs as `file` parts) when the model accepts them, an
 * assistant's tool calls as `tool_calls`, and each result as a `tool` message under the
 * call's id.
 */
import type OpenAI from 'openai';
import { describeUnreadableFile } from './file-note.ts';
import type { ChatMessage, ChatProvider, MessageFile, ToolSpec } from './provider.ts';

type MessageParam = OpenAI.Chat.Completions.ChatCompletionMessageParam;
type ContentPart = OpenAI.Chat.Completions.ChatCompletionContentPart;

export function toOpenAiMessages(
  system: string,
  messages: ChatMessage[],
  accepts: ChatProvider['accepts'],
): MessageParam[] {
  const params: MessageParam[] = [{ role: 'system', content: system }];
  for (const message of messages) {
    if (message.role === 'user') {
      params.push({ role: 'user', content: userContent(message.content, message.files, accepts) });
    } else if (message.role === 'assistant') {
      const calls = message.toolCalls ?? [];
      params.push({
        role: 'assistant',
        // The API wants null, not '', beside tool calls.
        content: message.content === '' && calls.length > 0 ? null : message.content,
        ...(calls.length > 0 && {
          tool_calls: calls.map((call) => ({
            id: call.id,
            type: 'function' as const,
            function: { name: call.name, arguments: JSON.stringify(call.arguments) },
          })),
        }),
      });
    } else {
      // Chat Completions has no error flag on a tool result; the words carry it.
      const content = message.isError ? `Error: ${message.content}` : message.content;
      params.push({ role: 'tool', tool_call_id: message.toolCallId, content });
    }
  }
  return params;
}

function userContent(
  text: string,
  files: MessageFile[] | undefined,
  accepts: ChatProvider['accepts'],
): string | ContentPart[] {
  if (!files || files.length === 0) return text;
  const parts: ContentPart[] = [];
  for (const file of files) {
    const dataUrl = `data:${file.mediaType};base64,${file.base64}`;
    if (file.mediaType === 'application/pdf' && accepts.pdf) {
      parts.push({ type: 'file', file: { filename: file.name, file_data: dataUrl } });
    } else if (file.mediaType !== 'application/pdf' && accepts.images) {
      parts.push({ type: 'image_url', image_url: { url: dataUrl } });
    } else {
      parts.push({ type: 'text', text: describeUnreadableFile(file) });
    }
  }
  if (text !== '') parts.push({ type: 'text', text });
  return parts;
}

export function toOpenAiTools(tools: ToolSpec[]): OpenAI.Chat.Completions.ChatCompletionTool[] {
  return tools.map((tool) => ({
    type: 'function',
    function: { name: tool.name, description: tool.description, parameters: tool.inputSchema },
  }));
}
