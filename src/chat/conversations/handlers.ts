import type { Handler } from '../../contract/handler-types.ts';
import { chatNotConfigured } from '../../core/problems/chat.ts';
import type { ChatDeps } from '../chat-deps.ts';

const notYet = async (): Promise<never> => {
  throw chatNotConfigured();
};

export function conversationHandlers(_chat: ChatDeps): {
  listConversations: Handler<'listConversations'>;
  createConversation: Handler<'createConversation'>;
  getConversation: Handler<'getConversation'>;
  deleteConversation: Handler<'deleteConversation'>;
  sendMessage: Handler<'sendMessage'>;
  getUsage: Handler<'getUsage'>;
} {
  return {
    listConversations: notYet,
    createConversation: notYet,
    getConversation: notYet,
    deleteConversation: notYet,
    sendMessage: notYet,
    getUsage: notYet,
  };
}
