import type { Request, Response } from 'express';
import { ALL_SCOPES } from '../../auth/principal.ts';
import type { OAuthDeps } from '../oauth-deps.ts';
import { ASSISTANT_SCOPES } from '../scopes.ts';

/** GET /.well-known/oauth-authorization-server (RFC 8414 §2). */
export function authorizationServerMetadata(deps: OAuthDeps) {
  const url = deps.publicUrl;
  const body = JSON.stringify({
    issuer: url,
    authorization_endpoint: `${url}/oauth/authorize`,
    token_endpoint: `${url}/oauth/token`,
    revocation_endpoint: `${url}/oauth/revoke`,
    registration_endpoint: `${url}/oauth/register`,
    scopes_supported: ALL_SCOPES,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    revocation_endpoint_auth_methods_supported: [
      'client_secret_basic',
      'client_secret_post',
      'none',
    ],
    // docs/security.md A5
    code_challenge_methods_supported: ['S256'],
    // docs/security.md A6 (RFC 9207)
    authorization_response_iss_parameter_supported: true,
    client_id_metadata_document_supported: true,
  });
  return (_req: Request, res: Response) => {
    res.type('application/json').send(body);
  };
}

/** GET /.well-known/oauth-protected-resource[/mcp] (RFC 9728 §3). */
export function protectedResourceMetadata(deps: OAuthDeps, path: '' | '/mcp') {
  const body = JSON.stringify({
    resource: `${deps.publicUrl}${path}`,
    authorization_servers: [deps.publicUrl],
    scopes_supported: ASSISTANT_SCOPES,
    bearer_methods_supported: ['header'],
    resource_name: 'Tend',
    resource_documentation: `${deps.publicUrl}/docs`,
  });
  return (_req: Request, res: Response) => {
    res.type('application/json').send(body);
  };
}
