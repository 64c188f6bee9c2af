/**
 * A stand-in for a browser vendor's push service (RFC 8030) and for the browser behind it:
 * it makes subscriptions with real P-256 keys, checks every push as a push service does
 * (the VAPID JWT of RFC 8292: ES256, signed by the key in `k`, `aud` its own origin, `exp`
 * within 24 hours, a mailto:/https: `sub`; `Content-Encoding: aes128gcm`; a TTL), and
 * decrypts the payload with the subscription's private key (RFC 8291), as the browser
 * would. A subscription can be told to answer 410 Gone, as after the person unsubscribed.
 */
import { createECDH, type ECDH, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decrypt } from 'http_ece';
import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';

export interface Subscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface Push {
  subscription: string;
  /** The decrypted payload, parsed. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever Tend sent.
  payload: any;
  headers: IncomingHttpHeaders;
  /** The VAPID JWT's claims, once verified. */
  claims: Record<string, unknown>;
}

export interface Refusal {
  subscription: string;
  status: number;
  reason: string;
}

export interface PushStandIn {
  origin: string;
  pushes: Push[];
  refusals: Refusal[];
  subscribe(): Subscription;
  /** From now on, pushes to this subscription answer 410 Gone. */
  gone(endpoint: string): void;
  close(): Promise<void>;
}

interface Held {
  ecdh: ECDH;
  auth: string;
  gone: boolean;
}

const DAY_S = 24 * 60 * 60;

/** An uncompressed P-256 point (base64url) as a JWK jose can import. */
function p256Jwk(point: string) {
  const raw = Buffer.from(point, 'base64url');
  if (raw.length !== 65 || raw[0] !== 4) throw new Error('k is not an uncompressed P-256 key');
  return {
    kty: 'EC',
    crv: 'P-256',
    x: raw.subarray(1, 33).toString('base64url'),
    y: raw.subarray(33).toString('base64url'),
  };
}

export async function startPushServer(): Promise<PushStandIn> {
  const held = new Map<string, Held>();
  const pushes: Push[] = [];
  const refusals: Refusal[] = [];
  let origin = '';

  async function check(id: string, headers: IncomingHttpHeaders, body: Buffer) {
    const sub = held.get(id);
    if (!sub) return { status: 404, reason: 'no such subscription' };
    if (sub.gone) return { status: 410, reason: 'unsubscribed' };
    const vapid = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(headers.authorization ?? '');
    if (!vapid) return { status: 401, reason: 'no vapid authorization' };
    const [, token = '', k = ''] = vapid;
    if (decodeProtectedHeader(token).alg !== 'ES256') return { status: 401, reason: 'not ES256' };
    let claims: Record<string, unknown>;
    try {
      const key = await importJWK(p256Jwk(k), 'ES256');
      ({ payload: claims } = await jwtVerify(token, key, {
        algorithms: ['ES256'],
        audience: origin,
      }));
    } catch (error) {
      return { status: 403, reason: `bad vapid jwt: ${(error as Error).message}` };
    }
    const exp = Number(claims.exp);
    if (!(exp > Date.now() / 1000 && exp <= Date.now() / 1000 + DAY_S)) {
      return { status: 403, reason: 'exp not within 24 hours' };
    }
    if (!/^(mailto:|https:)/.test(String(claims.sub))) {
      return { status: 403, reason: 'sub is not mailto: or https:' };
    }
    if (headers['content-encoding'] !== 'aes128gcm') {
      return { status: 415, reason: 'not aes128gcm' };
    }
    if (!/^\d+$/.test(String(headers.ttl ?? ''))) return { status: 400, reason: 'no TTL' };
    let payload: unknown;
    try {
      const plain = decrypt(body, {
        version: 'aes128gcm',
        privateKey: sub.ecdh,
        authSecret: sub.auth,
      });
      payload = JSON.parse(plain.toString('utf8'));
    } catch (error) {
      return { status: 400, reason: `undecryptable: ${(error as Error).message}` };
    }
    pushes.push({ subscription: id, payload, headers, claims });
    return { status: 201, reason: '' };
  }

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const id = /^\/push\/([a-f0-9]+)$/.exec(req.url ?? '')?.[1] ?? '';
    const { status, reason } =
      req.method === 'POST'
        ? await check(id, req.headers, Buffer.concat(chunks))
        : { status: 405, reason: 'POST only' };
    if (status >= 300) refusals.push({ subscription: id, status, reason });
    res.writeHead(status, { 'Content-Type': 'text/plain' }).end(reason);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pushes,
    refusals,
    subscribe() {
      const id = randomBytes(8).toString('hex');
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16).toString('base64url');
      held.set(id, { ecdh, auth, gone: false });
      return {
        endpoint: `${origin}/push/${id}`,
        keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth },
      };
    },
    gone(endpoint) {
      const sub = held.get(endpoint.split('/').pop() ?? '');
      if (sub) sub.gone = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
