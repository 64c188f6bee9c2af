import type { Request, Response } from 'express';
import { checkThrottles } from '../../http/throttle.ts';
import { THROTTLES } from '../../web/throttles.ts';
import {
  checkRegistrableRedirectUris,
  RedirectUriRefused,
} from '../checks/registrable-redirect-uri.ts';
import { createClient } from '../clients.ts';
import type { OAuthDeps } from '../oauth-deps.ts';
import { OAuthError } from '../oauth-error.ts';
import { ASSISTANT_SCOPES, parseScope } from '../scopes.ts';
import { sendOAuthJson } from '../send-oauth.ts';

const AUTH_METHODS = ['none', 'client_secret_basic', 'client_secret_post'];
function badMetadata(why: string): OAuthError {
  return new OAuthError('invalid_client_metadata', why);
}

/** POST /oauth/register: RFC 7591 dynamic registration for MCP clients. */
export function register(deps: OAuthDeps) {
  return async (req: Request, res: Response) => {
    // docs/security.md R7: registration is throttled per IP.
    const throttle = await checkThrottles(
      deps.db,
      [[THROTTLES.registerPerIp, req.ip ?? 'unknown']],
      deps.now(),
    );
    if (!throttle.allowed) {
      throw new OAuthError('invalid_request', 'Too many registrations; try again later.', {
        status: 429,
        headers: { 'Retry-After': String(throttle.retryAfterS) },
      });
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    let redirectUris: string[];
    try {
      redirectUris = checkRegistrableRedirectUris(body.redirect_uris);
    } catch (error) {
      // RFC 7591 §3.2.2
      if (error instanceof RedirectUriRefused) {
        throw new OAuthError('invalid_redirect_uri', error.message);
      }
      throw error;
    }
    const method = body.token_endpoint_auth_method ?? 'client_secret_basic';
    if (typeof method !== 'string' || !AUTH_METHODS.includes(method)) {
      throw badMetadata(`token_endpoint_auth_method must be one of ${AUTH_METHODS.join(', ')}.`);
    }
    const grantTypes = body.grant_types ?? ['authorization_code'];
    if (
      !Array.isArray(grantTypes) ||
      !grantTypes.every((g) => g === 'authorization_code' || g === 'refresh_token')
    ) {
      throw badMetadata('grant_types may hold authorization_code and refresh_token only.');
    }
    const responseTypes = body.response_types ?? ['code'];
    if (!Array.isArray(responseTypes) || !responseTypes.every((r) => r === 'code')) {
      throw badMetadata('response_types may hold code only.');
    }
    const name = body.client_name ?? 'Unnamed app';
    if (typeof name !== 'string' || !name.trim() || name.length > 100) {
      throw badMetadata('client_name must be a string of up to 100 characters.');
    }
    let scopes = ASSISTANT_SCOPES;
    if (body.scope !== undefined) {
      // Registered clients act for assistants; `account` stays with the person's sessions.
      const asked = typeof body.scope === 'string' ? parseScope(body.scope) : [];
      if (asked.length === 0 || !asked.every((s) => ASSISTANT_SCOPES.includes(s))) {
        throw badMetadata(`scope may hold ${ASSISTANT_SCOPES.join(' ')}.`);
      }
      scopes = asked;
    }
    const now = deps.now();
    const created = await createClient(
      deps.db,
      { name: name.trim(), redirectUris, scopes, isPublic: method === 'none', kind: 'registered' },
      now,
    );
    // RFC 7591 §3.2.1
    sendOAuthJson(res, 201, {
      client_id: created.clientId,
      ...(created.clientSecret && {
        client_secret: created.clientSecret,
        client_secret_expires_at: 0,
      }),
      client_id_issued_at: Math.floor(now.getTime() / 1000),
      client_name: name.trim(),
      redirect_uris: redirectUris,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: method,
      scope: scopes.join(' '),
    });
  };
}
