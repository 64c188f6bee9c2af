import { checkCodeChallenge } from './checks/code-challenge.ts';
import { checkRedirectUri } from './checks/redirect-uri.ts';
import { checkRequestedScope } from './checks/requested-scope.ts';
import { checkResource } from './checks/resource.ts';
import { ClientMetadataError, resolveClient } from './client-metadata-document.ts';
import type { Client } from './clients.ts';
import type { OAuthDeps } from './oauth-deps.ts';
import { OAuthError } from './oauth-error.ts';
import { param } from './parse-body.ts';

export interface AuthorizationRequest {
  client: Client;
  redirectUri: string;
  state: string | undefined;
  scopes: string[];
  codeChallenge: string | null;
  resource: string;
}

/** A problem that must be shown on Tend's own page, never sent to a redirect URI. */
export class AuthorizationPageError extends Error {}

/**
 * docs/security.md A2 (OAuth 2.1 §4.1.2.1): an unknown client or an unregistered redirect URI
 * is answered on Tend; nothing is redirected anywhere.
 */
export async function identifyClient(
  deps: OAuthDeps,
  params: unknown,
): Promise<{ client: Client; redirectUri: string }> {
  let clientId: string | undefined;
  let requested: string | undefined;
  try {
    clientId = param(params, 'client_id');
    requested = param(params, 'redirect_uri');
  } catch {
    throw new AuthorizationPageError('The request names its client or redirect URI twice.');
  }
  let client: Client | undefined;
  try {
    client = await resolveClient(
      {
        db: deps.db,
        now: deps.now,
        fetchOptions: {
          allowLoopback: deps.allowLoopbackClientMetadata,
          ...(deps.fetch && { fetch: deps.fetch }),
        },
      },
      clientId,
    );
  } catch (error) {
    // docs/security.md R10: a bad upstream document is a clear error on Tend, never a crash.
    if (error instanceof ClientMetadataError) throw new AuthorizationPageError(error.message);
    throw error;
  }
  if (!client) throw new AuthorizationPageError('This app is not known to Tend.');
  const redirectUri = checkRedirectUri(client, requested);
  if (!redirectUri) {
    throw new AuthorizationPageError(
      'This app asked to send you to an address it did not register.',
    );
  }
  return { client, redirectUri };
}

/** The rest of the request, checked once the person is signed in (A3). */
export function checkAuthorizationParams(
  identified: { client: Client; redirectUri: string },
  params: unknown,
  publicUrl: string,
): AuthorizationRequest {
  const { client } = identified;
  // RFC 6749 §4.1.2.1: once the redirect URI is known good, errors go back with state.
  let state: string | undefined;
  try {
    state = param(params, 'state');
  } catch {
    throw new OAuthError('invalid_request', 'state must be given once.');
  }
  const partial = { ...identified, state };
  try {
    if (param(params, 'response_type') !== 'code') {
      throw new OAuthError('unsupported_response_type', 'Only response_type=code is supported.');
    }
    // ChatGPT Action clients have no PKCE, so state is their CSRF protection (docs/clients.md).
    if (client.kind === 'chatgpt_action' && state === undefined) {
      throw new OAuthError('invalid_request', 'state is required.');
    }
    return {
      ...partial,
      codeChallenge: checkCodeChallenge(
        client,
        param(params, 'code_challenge'),
        param(params, 'code_challenge_method'),
      ),
      scopes: checkRequestedScope(client, param(params, 'scope')),
      resource: checkResource(publicUrl, param(params, 'resource')),
    };
  } catch (error) {
    if (error instanceof OAuthError) throw new AuthorizationRedirectError(partial, error);
    throw error;
  }
}

/** An error to send back to the client's (verified) redirect URI. */
export class AuthorizationRedirectError extends Error {
  constructor(
    readonly target: { redirectUri: string; state: string | undefined },
    readonly oauth: OAuthError,
  ) {
    super(oauth.message);
  }
}

/** RFC 6749 §4.1.2 with RFC 9207 `iss` on success and error alike (docs/security.md A6). */
export function redirectLocation(
  redirectUri: string,
  issuer: string,
  state: string | undefined,
  values: Record<string, string>,
): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(values)) url.searchParams.set(name, value);
  // A6: state is echoed exactly as it came.
  if (state !== undefined) url.searchParams.set('state', state);
  url.searchParams.set('iss', issuer);
  return url.toString();
}
