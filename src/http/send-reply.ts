import type { Response } from 'express';
import { mediaTypeOf, type Reply } from '../contract/reply.ts';
import { serializedPage } from '../paging/page.ts';

export function sendReply(res: Response, reply: Reply): void {
  res.status(reply.status);
  if (reply.headers) res.set(reply.headers);
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
