import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { accountsRouter } from './accounts/router.ts';
import { createAuthenticator } from './auth/authenticate.ts';
import { loadServerSecret } from './auth/server-secret.ts';
import { createSessionCheck } from './auth/web-session.ts';
import { calendarRouter } from './calendar/route.ts';
import type { Config } from './config.ts';
import { type Contract, createContract } from './contract/backend.ts';
import { loadContract, type OpenApiDocument } from './contract/document.ts';
import type { Handlers } from './contract/handler-types.ts';
import { contractRouter } from './contract/routes.ts';
import type { Db } from './db/connect.ts';
import { handlers } from './handlers.ts';
import { apiRoute } from './http/api-route.ts';
import { defaultCacheControl } from './http/cache-control.ts';
import { contentEncoding } from './http/content-encoding.ts';
import { errorHandler, routeNotFound } from './http/errors.ts';
import { healthRouter } from './http/health.ts';
import { urlLimit } from './http/http-server.ts';
import { createRateLimits } from './http/rate-limits.ts';
import { requestContext } from './http/request-context.ts';
import { securityHeaders } from './http/security-headers.ts';
import { createMailer } from './mail/create-mailer.ts';
import type { Outbox } from './mail/dev-outbox.ts';
import { outboxRouter } from './mail/outbox-page.ts';
import { mcpRouter } from './mcp/route.ts';
import { createAccessTokens } from './oauth/access-tokens.ts';
import type { OAuthDeps } from './oauth/oauth-deps.ts';
import { oauthRouter } from './oauth/router.ts';
import { assetsRouter } from './web/assets.ts';
import { createCsrf } from './web/csrf.ts';
import { docsRouter } from './web/docs.ts';
import type { WebDeps } from './web/web-deps.ts';

export interface AppDeps {
  config: Pick<Config, 'publicUrl' | 'validateResponses'> &
    Partial<
      Pick<
        Config,
        | 'tokenSecret'
        | 'allowLoopbackClientMetadata'
        | 'mcpAllowedOrigins'
        | 'defaultTimezone'
        | 'trustProxy'
        | 'nodeEnv'
        | 'smtpUrl'
        | 'mailFrom'
        | 'readyTimeoutMs'
        | 'rateLimits'
      >
    >;
  db: Db;
  log: Logger;
  /** The clock; tests pass a fake one. */
  now?: () => Date;
  document?: OpenApiDocument;
  /** Replaces some handlers; tests use it to make a handler misbehave on purpose. */
  handlers?: Partial<Handlers>;
  /** Fetch for Client ID Metadata Documents; tests pass their own. */
  fetch?: typeof fetch;
}

export interface App {
  app: Express;
  contract: Contract;
  /** The dev outbox, when mail is kept in memory instead of sent (no SMTP_URL). */
  outbox?: Outbox;
}

/** Builds the whole HTTP application from its parts; tests build it with their own. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const now = deps.now ?? (() => new Date());
  const document = deps.document ?? loadContract();
  const tokenSecret = await loadServerSecret(deps.db, deps.config.tokenSecret);
  const secureCookies = deps.config.publicUrl.startsWith('https:');
  const { mailer, outbox } = createMailer(deps.config, deps.log, now);
  const web: WebDeps = {
    db: deps.db,
    now,
    log: deps.log,
    publicUrl: deps.config.publicUrl,
    secureCookies,
    csrf: createCsrf(tokenSecret, secureCookies),
    tokenSecret,
    allowLoopbackClientMetadata: deps.config.allowLoopbackClientMetadata ?? false,
    defaultTimezone: deps.config.defaultTimezone ?? 'UTC',
    mailer,
    ...(deps.fetch && { fetch: deps.fetch }),
  };
  const oauth: OAuthDeps = {
    ...web,
    accessTokens: createAccessTokens({ secret: tokenSecret, issuer: deps.config.publicUrl, now }),
  };
  const authenticator = createAuthenticator({
    db: deps.db,
    now,
    log: deps.log,
    // /v1 answers to tokens for the API, never to ones minted for /mcp (RFC 8707).
    oauth: {
      accessTokens: oauth.accessTokens,
      audiences: [deps.config.publicUrl, `${deps.config.publicUrl}/v1`],
    },
  });
  // /mcp answers to tokens minted for it (what MCP clients ask for) or for the whole server.
  const mcpAuthenticator = createAuthenticator({
    db: deps.db,
    now,
    log: deps.log,
    oauth: {
      accessTokens: oauth.accessTokens,
      audiences: [deps.config.publicUrl, `${deps.config.publicUrl}/mcp`],
    },
  });
  // Absent from a test's config: tests that send thousands of requests are not limited.
  const rateLimits = deps.config.rateLimits && createRateLimits(deps.db, deps.config.rateLimits);
  const contract = await createContract({
    document,
    handlers: { ...handlers, ...deps.handlers },
    authenticator,
    sessions: createSessionCheck(web),
    db: deps.db,
    now,
    publicUrl: deps.config.publicUrl,
    validateResponses: deps.config.validateResponses,
    rateLimits,
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  // Only a configured number of proxies is believed about the client's address (R7).
  if (deps.config.trustProxy) app.set('trust proxy', deps.config.trustProxy);
  app.use(requestContext(deps.log));
  // Hostile input is refused before any route reads it (issue: hostile input answered 4xx).
  app.use(urlLimit(), defaultCacheControl(), contentEncoding());
  app.use(
    securityHeaders(
      {
        // Other answers and errors load nothing at all; the docs page sets its own policy.
        contentSecurityPolicy: {
          useDefaults: false,
          directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
        },
        frameguard: { action: 'deny' },
        strictTransportSecurity: deps.config.publicUrl.startsWith('https:'),
      },
      // JSON only: no document headers (see securityHeaders).
      ['/v1', '/mcp'],
    ),
  );
  // The API first: its requests are the many, and need no other route's matching.
  app.use(
    '/v1',
    express.json({ limit: '1mb', type: ['application/json', 'application/*+json'] }),
    apiRoute(contract),
  );
  app.use(
    mcpRouter({
      contract,
      authenticator: mcpAuthenticator,
      publicUrl: deps.config.publicUrl,
      allowedOrigins: deps.config.mcpAllowedOrigins,
      rateLimits,
    }),
  );
  app.use(docsRouter());
  app.use(healthRouter(deps.db, { timeoutMs: deps.config.readyTimeoutMs ?? 1000 }));
  app.use(calendarRouter({ db: deps.db, now, publicUrl: deps.config.publicUrl }));
  app.use(contractRouter(document, deps.config.publicUrl));
  app.use(assetsRouter());
  app.use(accountsRouter(web, contract));
  if (outbox) app.use(outboxRouter(outbox));
  app.use(oauthRouter(oauth));
  app.use(routeNotFound());
  app.use(errorHandler());
  return { app, contract, ...(outbox && { outbox }) };
}
