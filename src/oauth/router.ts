import express, { type Router } from 'express';
import { publicCors } from '../http/cors.ts';
import { parseForm } from '../web/forms.ts';
import { keepOpener, pageHeaders } from '../web/page-headers.ts';
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
  router.get('/oauth/authorize', headers, keepOpener, authorize(deps));
  router.post('/oauth/authorize', headers, keepOpener, parseForm, decide(deps));
  // Answered to any origin, without credentials (R8): public clients may run in a browser.
  const post = publicCors(['POST']);
  const get = publicCors(['GET']);
  for (const path of ['/oauth/token', '/oauth/revoke', '/oauth/register']) {
    router.options(path, post);
  }
  router.post('/oauth/token', post, parseOAuthBody, oauthEndpoint(token(deps)));
  router.post('/oauth/revoke', post, parseOAuthBody, oauthEndpoint(revoke(deps)));
  router.post('/oauth/register', post, parseOAuthBody, oauthEndpoint(register(deps)));
  const metadata: [string, ReturnType<typeof authorizationServerMetadata>][] = [
    ['/.well-known/oauth-authorization-server', authorizationServerMetadata(deps)],
    ['/.well-known/oauth-protected-resource', protectedResourceMetadata(deps, '')],
    ['/.well-known/oauth-protected-resource/mcp', protectedResourceMetadata(deps, '/mcp')],
  ];
  for (const [path, handler] of metadata) {
    router.options(path, get);
    router.get(path, get, handler);
  }
  return router;
}
