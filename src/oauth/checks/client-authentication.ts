import type { Request } from 'express';
import { sameHash } from '../../core/secrets.ts';
import type { Db } from '../../db/connect.ts';
import { type Client, findClient, isPublic } from '../clients.ts';
import { OAuthError } from '../oauth-error.ts';
import { param } from '../parse-body.ts';

function invalidClient(viaBasic: boolean): OAuthError {
  // RFC 6749 §5.2: a failed Basic authentication answers 401 with a challenge.
  return new OAuthError('invalid_client', 'Client authentication failed.', {
    status: 401,
    ...(viaBasic && { headers: { 'WWW-Authenticate': 'Basic realm="tend"' } }),
  });
}

/** RFC 6749 §2.3.1: id and secret are form-urlencoded inside the Basic credentials. */
function basicCredentials(header: string | undefined): [string, string] | undefined {
  const match = /^Basic ([A-Za-z0-9+/]+=*)$/i.exec(header?.trim() ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  try {
    const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
    return [decode(decoded.slice(0, colon)), decode(decoded.slice(colon + 1))];
  } catch {
    return undefined;
  }
}

/**
 * client_secret_basic, client_secret_post or none (public clients, which must then use
 * PKCE). docs/security.md A20: secrets are stored hashed and compared in constant time.
 */
export async function authenticateClient(req: Request, db: Db): Promise<Client> {
  const header = req.get('authorization');
  const basic = basicCredentials(header);
  if (header && !basic) throw invalidClient(true);
  const bodyId = param(req.body, 'client_id');
  const bodySecret = param(req.body, 'client_secret');
  if (basic && bodySecret !== undefined) {
    throw new OAuthError('invalid_request', 'Use one client authentication method only.');
  }
  if (basic && bodyId !== undefined && bodyId !== basic[0]) {
    throw new OAuthError('invalid_request', 'client_id differs from the authenticated client.');
  }
  const clientId = basic?.[0] ?? bodyId;
  const secret = basic?.[1] ?? bodySecret;
  const client = await findClient(db, clientId);
  if (!client) throw invalidClient(Boolean(basic));
  if (isPublic(client)) {
    if (secret !== undefined) throw invalidClient(Boolean(basic));
    return client;
  }
  if (secret === undefined || !sameHash(secret, client.secretHash as string)) {
    throw invalidClient(Boolean(basic));
  }
  return client;
}
