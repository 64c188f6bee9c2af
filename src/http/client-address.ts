import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * The client's address: the socket's, or, behind as many proxies as TRUST_PROXY names, the
 * one the farthest trusted proxy was connected from (docs/security.md R7). It is express's
 * `trust proxy` with a hop count, worked out by the same library, for requests that never
 * reach express (the API's door).
 */
export function clientAddress(trustedHops: number): (req: IncomingMessage) => string | undefined {
  const trust = (_address: string, hop: number) => hop < trustedHops;
  return (req) => (req.socket.remoteAddress === undefined ? undefined : proxyAddr(req, trust));
}
