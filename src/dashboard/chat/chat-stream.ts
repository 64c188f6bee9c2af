import type { RequestHandler } from 'express';
import { pagePrincipal } from '../../auth/session-check.ts';
import { currentSession } from '../../auth/session-cookie.ts';
import { sendReply } from '../../http/send-reply.ts';
import { chatMessageJson } from '../../http/upload-body.ts';
import { operateAs } from '../../web/operate.ts';
import type { DashboardDeps } from '../page-context.ts';

/**
 * POST /chat/:id/stream: the chat page's script sends a message (or a decision) here and
 * reads the reply as server-sent events. The session cookie alone is no chat credential:
 * the page's CSRF token comes in `X-CSRF-Token` (docs/security.md A7), and the message runs
 * as sendMessage through the contract, like every page's action (R13).
 */
export function chatStream(deps: DashboardDeps): RequestHandler[] {
  // Up to four files, base64 in the JSON, as sendMessage itself allows.
  const json = chatMessageJson(deps.attachmentMaxBytes);
  const stream: RequestHandler = async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const session = await currentSession(req, deps);
    if (!session) {
      res.status(401).type('text/plain; charset=utf-8').send('Sign in again to chat.\n');
      return;
    }
    if (!deps.csrf.verify(req, session.cookie, req.get('x-csrf-token'))) {
      res.status(403).type('text/plain; charset=utf-8').send('Reload the page and try again.\n');
      return;
    }
    const principal = await pagePrincipal(deps.db, session);
    const reply = await operateAs(deps.contract, res, principal, {
      method: 'POST',
      path: `/v1/conversations/${encodeURIComponent(String(req.params.id))}/messages`,
      body: req.body,
      accept: 'text/event-stream',
    });
    req.socket.setNoDelay(true);
    sendReply(res, reply);
  };
  return [json, stream];
}
