import type { components } from '../../../generated/openapi.ts';
import { formatInZone } from '../../dates/zone.ts';
import type { ConversationRow } from './conversations.ts';
import type { MessageRow } from './messages.ts';

type Conversation = components['schemas']['Conversation'];
type ChatMessage = components['schemas']['ChatMessage'];

export function toConversation(row: ConversationRow, zone: string): Conversation {
  return {
    id: row.id,
    title: row.title,
    widget_id: row.widget_id,
    created_at: formatInZone(row.created_at, zone),
    updated_at: formatInZone(row.updated_at, zone),
  };
}

/** A message as the contract shows it: each role with only the fields it has. */
export function toMessage(row: MessageRow, zone: string): ChatMessage {
  return {
    id: row.id,
    role: row.role,
    content: row.content,
    ...(row.role === 'assistant' && row.tool_calls && { tool_calls: row.tool_calls }),
    ...(row.role === 'tool' && {
      tool_call_id: row.tool_call_id ?? '',
      tool_name: row.tool_name ?? '',
      is_error: row.is_error ?? false,
    }),
    ...(row.role === 'user' && row.files.length > 0 && { files: row.files }),
    created_at: formatInZone(row.created_at, zone),
  };
}
