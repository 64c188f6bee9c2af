import type { ServerResponse } from 'node:http';
import { mediaTypeOf, type Reply } from '../contract/reply.ts';
import { serializedPage } from '../paging/page.ts';

export function sendReply(res: ServerResponse, reply: Reply): void {
  res.statusCode = reply.status;
  if (reply.headers) {
    for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
  }
  if (reply.stream) {
    void streamTo(res, reply.stream, mediaTypeOf(reply));
    return;
  }
  if (reply.body === undefined) {
    res.end();
    return;
  }
  // A file goes out as its bytes, in the type read from them when it was stored.
  if (reply.body instanceof Uint8Array) {
    res.setHeader('Content-Type', mediaTypeOf(reply));
    res.end(reply.body);
    return;
  }
  res.setHeader('Content-Type', `${mediaTypeOf(reply)}; charset=utf-8`);
  res.end(serializedPage(reply.body));
}

/**
 * Server-sent events as they come. Nothing may buffer them on the way (compression,
 * proxies: `X-Accel-Buffering`). A reader who leaves stops the writing, not the producer.
 */
async function streamTo(res: ServerResponse, stream: AsyncIterable<string>, mediaType: string) {
  res.setHeader('Content-Type', `${mediaType}; charset=utf-8`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Accel-Buffering', 'no');
  res.flushHeaders();
  for await (const chunk of stream) {
    if (res.writableEnded || res.destroyed) continue;
    res.write(chunk);
  }
  if (!res.writableEnded) res.end();
}
