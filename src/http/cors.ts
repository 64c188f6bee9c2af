import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * CORS for what a browser-based OAuth client calls (token, registration, revocation and
 * the metadata documents): any origin may read the answer, but never with the browser's
 * credentials — `*` cannot be combined with cookies, and no origin is ever reflected
 * (docs/security.md R8). Pages, `/v1` and `/mcp` send no CORS headers at all.
 */
export function publicCors(methods: ('GET' | 'POST')[]): RequestHandler {
  return cors({
    origin: '*',
    credentials: false,
    methods,
    allowedHeaders: ['Authorization', 'Content-Type', 'MCP-Protocol-Version'],
    maxAge: 600,
  });
}
