import { signedInAction, signedInPage } from '../page-context.ts';
import type { PageFamily } from '../page-family.ts';
import { decideFromForm, deleteFromForm, newConversation, sendFromForm } from './chat-actions.ts';
import { confirmDeleteConversation, showChat, showConversation } from './chat-page.ts';
import { chatStream } from './chat-stream.ts';

/** Tend's own chat: the conversations, one of them, sending and deciding, and the usage. */
export const chatFamily: PageFamily = (routes, deps) => {
  routes.get('/chat', signedInPage(deps, showChat));
  routes.post('/chat', signedInAction(deps, newConversation));
  routes.get(
    '/chat/:id',
    signedInPage(deps, (ctx) => showConversation(ctx)),
  );
  routes.post('/chat/:id/messages', signedInAction(deps, sendFromForm));
  routes.post('/chat/:id/decision', signedInAction(deps, decideFromForm));
  routes.get('/chat/:id/delete', signedInPage(deps, confirmDeleteConversation));
  routes.post('/chat/:id/delete', signedInAction(deps, deleteFromForm));
  routes.router.post('/chat/:id/stream', ...chatStream(deps));
};
