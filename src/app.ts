import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { createAuthenticator } from './auth/authenticate.ts';
import type { Config } from './config.ts';
import { type Contract, createContract } from './contract/backend.ts';
import { loadContract, type OpenApiDocument } from './contract/document.ts';
import type { Handlers } from './contract/handler-types.ts';
import { contractRouter } from './contract/routes.ts';
import type { Db } from './db/connect.ts';
import { handlers } from './handlers.ts';
import { apiRoute } from './http/api-route.ts';
import { errorHandler, routeNotFound } from './http/errors.ts';
import { healthRouter } from './http/health.ts';
import { requestContext } from './http/request-context.ts';
import { securityHeaders } from './http/security-headers.ts';
import { mcpRouter } from './mcp/route.ts';
import { docsRouter } from './web/docs.ts';

export interface AppDeps {
  config: Pick<Config, 'publicUrl' | 'validateResponses'>;
  db: Db;
  log: Logger;
  /** The clock; tests pass a fake one. */
  now?: () => Date;
  document?: OpenApiDocument;
  /** Replaces some handlers; tests use it to make a handler misbehave on purpose. */
  handlers?: Partial<Handlers>;
}

export interface App {
  app: Express;
  contract: Contract;
}

/** Builds the whole HTTP application from its parts; tests build it with their own. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const now = deps.now ?? (() => new Date());
  const document = deps.document ?? loadContract();
  const authenticator = createAuthenticator({ db: deps.db, now, log: deps.log });
  const contract = await createContract({
    document,
    handlers: { ...handlers, ...deps.handlers },
    authenticator,
    db: deps.db,
    now,
    publicUrl: deps.config.publicUrl,
    validateResponses: deps.config.validateResponses,
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(requestContext(deps.log));
  app.use(
    securityHeaders({
      // API answers and errors load nothing at all; the docs page sets its own policy.
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      },
      frameguard: { action: 'deny' },
      strictTransportSecurity: deps.config.publicUrl.startsWith('https:'),
    }),
  );
  // The API first: its requests are the many, and need no other route's matching.
  app.use(
    '/v1',
    express.json({ limit: '1mb', type: ['application/json', 'application/*+json'] }),
    apiRoute(contract),
  );
  app.use(mcpRouter({ contract, authenticator, publicUrl: deps.config.publicUrl }));
  app.use(docsRouter());
  app.use(healthRouter(deps.db));
  app.use(contractRouter(document, deps.config.publicUrl));
  app.use(routeNotFound());
  app.use(errorHandler());
  return { app, contract };
}
