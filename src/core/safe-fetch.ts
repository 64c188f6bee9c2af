import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { RequestInit as UndiciRequestInit } from 'undici';
import { lazyModule } from './lazy-module.ts';

/** Addresses Tend never fetches from (docs/security.md A21, OWASP API7 SSRF). */
const FORBIDDEN = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  FORBIDDEN.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  FORBIDDEN.addSubnet(net, bits, 'ipv6');
}
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

export class FetchRefused extends Error {}

/** The answer was larger than the fetch may read. */
export class FetchTooLarge extends FetchRefused {}

export interface SafeFetchOptions {
  /** Development only: http and loopback addresses are allowed. */
  allowLoopback: boolean;
  fetch?: typeof fetch;
  resolve?: (host: string) => Promise<string[]>;
  maxBytes?: number;
  timeoutMs?: number;
}

const defaultResolve = async (host: string) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

function addressAllowed(address: string, allowLoopback: boolean): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  if (allowLoopback && LOOPBACK.check(ip, family)) return true;
  return !FORBIDDEN.check(ip, family);
}

/** What a fetch brought back: the bytes, and the type the server claimed (not to be trusted). */
export interface Fetched {
  bytes: Buffer;
  contentType: string | undefined;
}

/**
 * The URL or its address is one Tend never fetches (A21), as opposed to a fetch that was
 * tried and failed: what a webhook's delivery log calls "refused".
 */
export class TargetRefused extends FetchRefused {}

/**
 * docs/security.md A21: the URL must be https (or, when allowed, http on a loopback host),
 * carry no credentials, and resolve only to public addresses (or loopback when allowed).
 * Checked again before every fetch, so a host that resolves elsewhere by then (DNS
 * rebinding) is refused then, and the fetch connects to the addresses checked.
 */
export async function checkTarget(raw: string, options: SafeFetchOptions): Promise<Target> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetRefused('not a URL');
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const loopbackHost =
    host === 'localhost' || LOOPBACK.check(host, isIP(host) === 6 ? 'ipv6' : 'ipv4');
  const httpOk = options.allowLoopback && url.protocol === 'http:' && loopbackHost;
  if (url.protocol !== 'https:' && !httpOk) throw new TargetRefused('only https URLs are fetched');
  if (url.username || url.password) throw new TargetRefused('URLs with credentials are refused');
  const addresses = isIP(host)
    ? [host]
    : await (options.resolve ?? defaultResolve)(host).catch(() => []);
  if (addresses.length === 0) throw new TargetRefused('the host does not resolve');
  if (!addresses.every((a) => addressAllowed(a, options.allowLoopback))) {
    throw new TargetRefused('the host is a private, loopback or link-local address');
  }
  return { url, addresses };
}

/** Only fetches that leave the server need it; most starts and requests make none. */
const undici = lazyModule(() => import('undici'));

/** Loads what a safe fetch needs ahead of the first one (the job workers' start). */
export async function loadSafeFetch(): Promise<void> {
  await undici.load();
}

/** A URL that passed checkTarget, and the addresses it was checked at. */
export interface Target {
  url: URL;
  addresses: string[];
}

/**
 * Fetches a checked target at the addresses it was checked at, never at what DNS says a
 * moment later (DNS rebinding: a host that answered with a public address for the check
 * and a private one for the connection). The URL, and so the Host header and TLS name,
 * stay the host's. A caller's own `fetch` (tests' stand-ins) is used as it is.
 */
async function fetchTarget(
  target: Target,
  init: RequestInit,
  options: SafeFetchOptions,
): Promise<{ res: Response; release(): void }> {
  if (options.fetch) return { res: await options.fetch(target.url, init), release() {} };
  const { Agent, fetch: undiciFetch } = await undici.load();
  const dispatcher = new Agent({ connect: { lookup: pinnedLookup(target.addresses) } });
  const res = (await undiciFetch(target.url, {
    ...(init as UndiciRequestInit),
    dispatcher,
  })) as unknown as Response;
  return { res, release: () => void dispatcher.destroy().catch(() => {}) };
}

type LookupCallback = (
  error: Error | null,
  address: string | { address: string; family: number }[],
  family?: number,
) => void;

/** A `lookup` for net.connect that answers the checked addresses whatever it is asked. */
export function pinnedLookup(addresses: string[]) {
  const entries = addresses.map((address) => ({ address, family: isIP(address) }));
  return (_host: string, options: { all?: boolean }, callback: LookupCallback): void => {
    const [first] = entries;
    if (!first) callback(new Error('no checked address'), []);
    else if (options.all) callback(null, entries);
    else callback(null, first.address, first.family);
  };
}

/**
 * GET the bytes at a URL someone else chose. docs/security.md A21 and R10: https only,
 * never a private, loopback or link-local address, no redirects at all, size and time
 * capped. Anything refused or failed is a FetchRefused saying why.
 */
export async function safeFetch(
  raw: string,
  options: SafeFetchOptions & { accept?: string },
): Promise<Fetched> {
  const target = await checkTarget(raw, options);
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 5000);
  const { res, release } = await fetchTarget(
    target,
    { redirect: 'manual', headers: { Accept: options.accept ?? '*/*' }, signal: timeout },
    options,
  ).catch((error: unknown) => {
    throw new FetchRefused(`the fetch failed: ${(error as Error).name}`);
  });
  try {
    return await readBody(res, options);
  } finally {
    release();
  }
}

async function readBody(res: Response, options: SafeFetchOptions): Promise<Fetched> {
  if (res.status !== 200) throw new FetchRefused(`the server answered ${res.status}`);
  const max = options.maxBytes ?? 16_384;
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > max) throw new FetchTooLarge('the document is too large');
  const reader = res.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read().catch(() => {
      throw new FetchRefused('the fetch failed while reading');
    });
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      // Not awaited: a body that never settles must not hold the answer up.
      reader.cancel().catch(() => {});
      throw new FetchTooLarge('the document is too large');
    }
    chunks.push(value);
  }
  return {
    bytes: Buffer.concat(chunks),
    contentType: res.headers.get('content-type') ?? undefined,
  };
}

/** A small JSON document from a URL someone else chose (a Client ID Metadata Document). */
export async function safeFetchJson(raw: string, options: SafeFetchOptions): Promise<unknown> {
  const { bytes } = await safeFetch(raw, { ...options, accept: 'application/json' });
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new FetchRefused('the document is not JSON');
  }
}

/** What a POST brought back: the status alone; the answer's body is not Tend's business. */
export interface Posted {
  status: number;
}

/**
 * POST a body to a URL someone else chose (a webhook, a browser's push service), held to the same rules as a GET
 * (A21, R10): the target is checked first (TargetRefused), no redirect is followed (a 3xx
 * is just the answer), the time is capped, and at most `maxBytes` of the answer are read
 * before the connection is let go. A failed connection or a timeout is a FetchRefused.
 */
export async function safePost(
  raw: string,
  body: string | Uint8Array | null,
  headers: Record<string, string>,
  options: SafeFetchOptions,
): Promise<Posted> {
  const target = await checkTarget(raw, options);
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const { res, release } = await fetchTarget(
    target,
    {
      method: 'POST',
      redirect: 'manual',
      headers,
      ...(body !== null && { body: typeof body === 'string' ? body : new Uint8Array(body) }),
      signal: timeout,
    },
    options,
  ).catch((error: unknown) => {
    throw new FetchRefused(`the fetch failed: ${(error as Error).name}`);
  });
  try {
    await drain(res, options.maxBytes ?? 4096);
  } finally {
    release();
  }
  return { status: res.status };
}

/** Reads and drops at most `max` bytes of an answer nobody needs, then lets it go. */
async function drain(res: Response, max: number): Promise<void> {
  const reader = res.body?.getReader();
  let size = 0;
  while (reader) {
    const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
    if (chunk.done || !chunk.value) break;
    size += chunk.value.byteLength;
    if (size > max) {
      reader.cancel().catch(() => {});
      break;
    }
  }
}
