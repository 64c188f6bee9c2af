import { createHash, randomBytes } from 'node:crypto';
import { createClient, type NewClient } from '../../src/oauth/clients.ts';
import type { TestApp } from './app.ts';
import { type Browser, hiddenFieldsOf } from './browser.ts';

export const CHATGPT_CALLBACK = 'https://chatgpt.com/aip/g-abc123/oauth/callback';

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export async function makeClient(t: TestApp, input: Partial<NewClient> = {}) {
  const created = await createClient(
    t.db,
    {
      name: 'Test App',
      redirectUris: ['https://app.example/callback'],
      scopes: ['tasks:read', 'tasks:write'],
      isPublic: false,
      ...input,
    },
    t.clock.now(),
  );
  return { id: created.clientId, secret: created.clientSecret, ...input };
}

export function authorizeUrl(params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) query.set(name, value);
  }
  return `/oauth/authorize?${query}`;
}

/** Asks, allows on the consent page if shown, and returns where the browser was sent. */
export async function authorizeAndAllow(
  b: Browser,
  params: Record<string, string | undefined>,
): Promise<URL> {
  const asked = await b.get(authorizeUrl({ response_type: 'code', ...params }));
  if (asked.status === 303) return new URL(asked.headers.location as string, 'http://tend.test');
  if (asked.status !== 200) throw new Error(`authorize answered ${asked.status}: ${asked.text}`);
  const decided = await b
    .post('/oauth/authorize')
    .type('form')
    .send({ ...hiddenFieldsOf(asked.text), decision: 'allow' });
  if (decided.status !== 303) throw new Error(`consent answered ${decided.status}`);
  return new URL(decided.headers.location as string);
}

export function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
}
