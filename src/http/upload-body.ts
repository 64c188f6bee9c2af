import express, { type RequestHandler } from 'express';
import { problemReply } from '../contract/reply.ts';
import { fileTooLarge } from '../core/problems/files.ts';
import { API_ROOT } from './api-target.ts';
import { type HttpHandler, localsOf, pathOf } from './http-step.ts';
import { sendReply } from './send-reply.ts';

/** The one API path whose body is a file's bytes (uploadAttachment in openapi.yaml). */
const UPLOAD_PATH = new RegExp(`^${API_ROOT}/records/[^/]+/attachments/?$`);

/**
 * Reads an upload's body as bytes, whatever its Content-Type, up to the cap: a larger one
 * is refused as soon as its Content-Length (or its bytes) say so, and nothing is kept.
 * It comes before the JSON parser, so a file that happens to be JSON stays bytes.
 */
export function uploadBody(maxBytes: number): HttpHandler {
  const raw = express.raw({ type: () => true, limit: maxBytes }) as unknown as HttpHandler;
  return (req, res, next) => {
    if (req.method !== 'POST' || !UPLOAD_PATH.test(pathOf(req.url ?? '/'))) return next();
    raw(req, res, (error?: unknown) => {
      if ((error as { type?: string } | undefined)?.type === 'entity.too.large') {
        res.setHeader('Cache-Control', 'no-store');
        // The rest of the body is not worth reading; the connection ends with the answer.
        res.setHeader('Connection', 'close');
        return sendReply(res, problemReply(fileTooLarge(maxBytes), localsOf(res).requestId));
      }
      next(error);
    });
  };
}

/** The one JSON body allowed past 1 MB: a chat message (sendMessage) with its files. */
const CHAT_MESSAGE_PATH = new RegExp(`^${API_ROOT}/conversations/[^/]+/messages/?$`);

/**
 * A chat message may carry up to four files, each up to the attachment cap, base64 in its
 * JSON (a third larger); every other JSON body keeps the 1 MB limit.
 */
export function chatMessageBody(maxFileBytes: number): HttpHandler {
  const json = chatMessageJson(maxFileBytes) as unknown as HttpHandler;
  return (req, res, next) => {
    if (req.method !== 'POST' || !CHAT_MESSAGE_PATH.test(pathOf(req.url ?? '/'))) return next();
    json(req, res, next);
  };
}

/** The JSON parser for a chat message with its files: the API's route and the chat page's. */
export function chatMessageJson(maxFileBytes: number): RequestHandler {
  return express.json({
    limit: Math.ceil((4 * maxFileBytes * 4) / 3) + 64 * 1024,
    type: ['application/json', 'application/*+json'],
  });
}
