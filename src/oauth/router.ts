import express, { type Router } from 'express';
import { parseForm } from '../accounts/pages/forms.ts';
import { pageHeaders } from '../web/page-headers.ts';
import { authorize, decide } from './endpoints/authorize.ts';
import { authorizationServerMetadata, protectedResourceMetadata } from './endpoints/metadata.ts';
import { register } from './endpoints/register.ts';
import { revoke } from './endpoints/revoke.ts';
import { token } from './endpoints/token.ts';
import type { OAuthDeps } from './oauth-deps.ts';
import { parseOAuthBody } from './parse-body.ts';
import { oauthEndpoint } from './send-oauth.ts';

/** Tend's authorization server: one endpoint, one module. */
export function oauthRouter(deps: OAuthDeps): Router {
  const router = express.Router();
  const headers = pageHeaders();
  router.get('/oauth/authorize', headers, authorize(deps));
  router.post('/oauth/authorize', headers, parseForm, decide(deps));
  router.post('/oauth/token', parseOAuthBody, oauthEndpoint(token(deps)));
  router.post('/oauth/revoke', parseOAuthBody, oauthEndpoint(revoke(deps)));
  router.post('/oauth/register', parseOAuthBody, oauthEndpoint(register(deps)));
  router.get('/.well-known/oauth-authorization-server', authorizationServerMetadata(deps));
  router.get('/.well-known/oauth-protected-resource', protectedResourceMetadata(deps, ''));
  router.get('/.well-known/oauth-protected-resource/mcp', protectedResourceMetadata(deps, '/mcp'));
  return router;
}
