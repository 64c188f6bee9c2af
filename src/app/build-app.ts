import express from 'express';
import type { Clock } from 'pg-boss';
import type { Logger } from 'pino';
import { accountsRouter } from '../accounts/router.ts';
import { useEntityKinds } from '../activity/entities.ts';
import { createAccessTokens } from '../auth/access-tokens.ts';
import { createAuthenticator } from '../auth/authenticate.ts';
import { createCredentialCaches } from '../auth/credential-caches.ts';
import { type CredentialNotices, createCredentialNotices } from '../auth/credential-notices.ts';
import { createCsrf } from '../auth/csrf.ts';
import { loadServerSecret } from '../auth/server-secret.ts';
import { createSessionCheck } from '../auth/session-check.ts';
import { createSigningKeys } from '../auth/signing-keys.ts';
import { calendarRouter } from '../calendar/route.ts';
import { bindChatContract } from '../chat/chat-contract.ts';
import type { ChatDeps, ChatPolicy } from '../chat/chat-deps.ts';
import type { ChatProvider } from '../chat/providers/provider.ts';
import { loadContract, type OpenApiDocument } from '../contract/document.ts';
import type { FileSettings, Handlers } from '../contract/handler-types.ts';
import { contractRouter } from '../contract/routes.ts';
import type { SafeFetchOptions } from '../core/safe-fetch.ts';
import { createSealer } from '../core/sealed.ts';
import { dashboardRouter } from '../dashboard/router.ts';
import type { Db } from '../db/connect.ts';
import { type HttpEntry, withApiDoor } from '../http/api-door.ts';
import { errorHandler, routeNotFound } from '../http/errors.ts';
import { healthRouter } from '../http/health.ts';
import { metricsRouter } from '../http/metrics-route.ts';
import { createJobQueue, type JobQueue } from '../jobs/job-queue.ts';
import { type ChangeFeed, createChangeFeed } from '../live/change-feed.ts';
import { createMailer } from '../mail/create-mailer.ts';
import type { Outbox } from '../mail/dev-outbox.ts';
import { mcpRouter } from '../mcp/route.ts';
import type { OAuthDeps } from '../oauth/oauth-deps.ts';
import { oauthRouter } from '../oauth/router.ts';
import { widgetRouter } from '../oauth/widget/widget-routes.ts';
import { loadBackend } from '../pipeline/backend.ts';
import { type Contract, createContract } from '../pipeline/contract-pipeline.ts';
import { createMetrics } from '../pipeline/metrics.ts';
import { createRateLimits } from '../pipeline/rate-limits.ts';
import { setUpReminders } from '../reminders/reminders.ts';
import { serviceWorkerRouter } from '../reminders/service-worker.ts';
import { assetsRouter } from '../web/assets.ts';
import { docsRouter } from '../web/docs.ts';
import { createFormSeal } from '../web/form-seal.ts';
import { outboxRouter } from '../web/outbox-page.ts';
import type { WebDeps } from '../web/web-deps.ts';
import type { WebhookDeps } from '../webhooks/webhook-deps.ts';
import { defineWebhookJobs } from '../webhooks/webhooks.ts';
import { type Config, DEFAULT_ATTACHMENT_MAX_BYTES } from './config.ts';
import { entityKinds } from './entity-kinds.ts';
import { createHandlers } from './handler-registry.ts';
import { apiSteps, httpSteps, operationSteps } from './request-pipeline.ts';

export interface AppDeps {
  config: Pick<Config, 'publicUrl' | 'validateResponses'> &
    Partial<
      Pick<
        Config,
        | 'tokenSecret'
        | 'allowLoopbackClientMetadata'
        | 'allowLoopbackWebhooks'
        | 'mcpAllowedOrigins'
        | 'defaultTimezone'
        | 'trustProxy'
        | 'nodeEnv'
        | 'smtpUrl'
        | 'mailFrom'
        | 'readyTimeoutMs'
        | 'rateLimits'
        | 'attachmentMaxBytes'
        | 'metricsToken'
        | 'vapidSubject'
      >
    >;
  db: Db;
  log: Logger;
  /** The clock; tests pass a fake one. */
  now?: () => Date;
  document?: OpenApiDocument;
  /** Replaces some handlers; tests use it to make a handler misbehave on purpose. */
  handlers?: Partial<Handlers>;
  /** The chat's model; none configured when absent (the chat says so, nothing else changes). */
  chatProvider?: ChatProvider;
  /** The operator's chat settings over the defaults. */
  chatPolicy?: Partial<ChatPolicy>;
  /** Fetch for Client ID Metadata Documents and shared files; tests pass their own. */
  fetch?: typeof fetch;
  /** How a host name is resolved before a fetch (docs/security.md A21); tests pass their own. */
  resolve?: (host: string) => Promise<string[]>;
  /** The job queue's clock; tests pass pg-boss's TestClock. */
  jobClock?: Clock;
  /** How webhooks reach their URLs (docs/webhooks.md); tests pass their own resolve. */
  webhookFetch?: Pick<SafeFetchOptions, 'fetch' | 'resolve'>;
  /** Lets reminders be pushed to a loopback push service: tests' stand-in only (A21). */
  allowLoopbackPush?: boolean;
}

export interface App {
  /** Every request: the API's through its door, the rest through express. */
  app: HttpEntry;
  contract: Contract;
  /**
   * Change notices from the database, for live pages: listening starts with the first
   * stream (or `start()`); `stop()` ends every stream, before the server drains.
   */
  changes: ChangeFeed;
  /**
   * Ended credentials announced by any instance on the database: listening starts with
   * `start()` (the server calls it); `stop()` before the database closes.
   */
  credentials: CredentialNotices;
  /**
   * Work that outlives a request (webhook deliveries, reminders): the server calls
   * `start()` once it listens and `stop()` before the database closes.
   */
  jobs: JobQueue;
  /** The dev outbox, when mail is kept in memory instead of sent (no SMTP_URL). */
  outbox?: Outbox;
}

const DEFAULT_CHAT_POLICY: ChatPolicy = {
  prices: {},
  monthlyBudgetUsd: undefined,
  systemPromptExtra: '',
  maxModelCalls: 8,
  historyTokens: 12_000,
  messagesPerMinute: 20,
};

/** Builds the whole HTTP application from its parts; tests build it with their own. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const now = deps.now ?? (() => new Date());
  useEntityKinds(entityKinds);
  const document = deps.document ?? loadContract();
  const backend = await loadBackend(document);
  const tokenSecret = await loadServerSecret(deps.db, deps.config.tokenSecret);
  const secureCookies = deps.config.publicUrl.startsWith('https:');
  const { mailer, outbox } = createMailer(deps.config, deps.log, now);
  const credentials = createCredentialCaches();
  const jobs = createJobQueue({
    db: deps.db,
    log: deps.log,
    ...(deps.jobClock && { clock: deps.jobClock }),
  });
  setUpReminders({
    db: deps.db,
    now,
    log: deps.log,
    jobs,
    mailer,
    publicUrl: deps.config.publicUrl,
    serverSecret: tokenSecret,
    vapidSubject: deps.config.vapidSubject ?? deps.config.publicUrl,
    pushFetch: {
      allowLoopback: deps.allowLoopbackPush ?? false,
      ...(deps.fetch && { fetch: deps.fetch }),
      ...(deps.resolve && { resolve: deps.resolve }),
    },
  });
  const web: WebDeps = {
    db: deps.db,
    now,
    log: deps.log,
    publicUrl: deps.config.publicUrl,
    secureCookies,
    csrf: createCsrf(tokenSecret, secureCookies),
    defaultTimezone: deps.config.defaultTimezone ?? 'UTC',
    mailer,
    credentials,
  };
  const oauth: OAuthDeps = {
    db: deps.db,
    now,
    log: deps.log,
    publicUrl: deps.config.publicUrl,
    secureCookies,
    csrf: web.csrf,
    accessTokens: createAccessTokens({
      keys: createSigningKeys({ db: deps.db, serverSecret: tokenSecret, now }),
      issuer: deps.config.publicUrl,
      now,
    }),
    credentials,
    allowLoopbackClientMetadata: deps.config.allowLoopbackClientMetadata ?? false,
    ...(deps.fetch && { fetch: deps.fetch }),
  };
  // /v1 answers to tokens for the API, never to ones minted for /mcp (RFC 8707).
  const apiAudiences = [deps.config.publicUrl, `${deps.config.publicUrl}/v1`];
  const authenticator = createAuthenticator({
    db: deps.db,
    now,
    log: deps.log,
    caches: credentials,
    oauth: { accessTokens: oauth.accessTokens, audiences: apiAudiences },
  });
  // /mcp answers to tokens minted for it (what MCP clients ask for) or for the whole server.
  const mcpAuthenticator = createAuthenticator({
    db: deps.db,
    now,
    log: deps.log,
    caches: credentials,
    oauth: {
      accessTokens: oauth.accessTokens,
      audiences: [deps.config.publicUrl, `${deps.config.publicUrl}/mcp`],
    },
  });
  // Absent from a test's config: tests that send thousands of requests are not limited.
  const metrics = createMetrics(deps.db);
  const rateLimits =
    deps.config.rateLimits &&
    createRateLimits(deps.db, deps.config.rateLimits, metrics.rateLimited);
  let contract: Contract | undefined;
  const chat: ChatDeps = {
    provider: deps.chatProvider,
    policy: { ...DEFAULT_CHAT_POLICY, ...deps.chatPolicy },
    contract: bindChatContract(() => {
      if (!contract) throw new Error('the chat ran before the contract was built');
      return contract;
    }),
  };
  const webhooks: WebhookDeps = {
    db: deps.db,
    jobs,
    secrets: createSealer(tokenSecret, 'webhook secrets'),
    // Webhooks post to the public internet only; loopback only when development allows it.
    fetch: { allowLoopback: deps.config.allowLoopbackWebhooks ?? false, ...deps.webhookFetch },
    mailer,
    log: deps.log,
    now,
    publicUrl: deps.config.publicUrl,
  };
  defineWebhookJobs(webhooks);
  const handlerSet = { ...createHandlers(chat, webhooks), ...deps.handlers };
  const attachmentMaxBytes = deps.config.attachmentMaxBytes ?? DEFAULT_ATTACHMENT_MAX_BYTES;
  const files: FileSettings = {
    maxBytes: attachmentMaxBytes,
    // Shared files are fetched from the public internet only, never loopback (A21).
    fetch: {
      allowLoopback: false,
      ...(deps.fetch && { fetch: deps.fetch }),
      ...(deps.resolve && { resolve: deps.resolve }),
    },
  };
  contract = createContract({
    backend,
    handlers: handlerSet,
    steps: operationSteps({
      backend,
      handlers: handlerSet,
      authenticator,
      sessions: createSessionCheck(web),
      db: deps.db,
      now,
      publicUrl: deps.config.publicUrl,
      validateResponses: deps.config.validateResponses,
      rateLimits,
      files,
      credentials,
    }),
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  // Only a configured number of proxies is believed about the client's address (R7).
  if (deps.config.trustProxy) app.set('trust proxy', deps.config.trustProxy);
  const http = httpSteps({ log: deps.log, https: secureCookies, metrics });
  for (const step of http) app.use(step.handler);
  const api = apiSteps({
    contract,
    attachmentMaxBytes,
    trustedProxyHops: deps.config.trustProxy ?? 0,
    widgetCors: { db: deps.db, accessTokens: oauth.accessTokens, audiences: apiAudiences },
  });
  app.use(
    mcpRouter({
      contract,
      authenticator: mcpAuthenticator,
      publicUrl: deps.config.publicUrl,
      allowedOrigins: deps.config.mcpAllowedOrigins,
      rateLimits,
      metrics,
    }),
  );
  app.use(docsRouter());
  app.use(healthRouter(deps.db, { timeoutMs: deps.config.readyTimeoutMs ?? 1000 }));
  app.use(metricsRouter(metrics, { token: deps.config.metricsToken }));
  app.use(calendarRouter({ db: deps.db, now, publicUrl: deps.config.publicUrl }));
  app.use(contractRouter(document, deps.config.publicUrl));
  app.use(assetsRouter());
  app.use(serviceWorkerRouter());
  app.use(accountsRouter(web, contract, { tokenSecret }));
  const changes = createChangeFeed({ db: deps.db, log: deps.log });
  app.use(
    dashboardRouter({
      ...web,
      contract,
      formSeal: createFormSeal(tokenSecret, now),
      attachmentMaxBytes,
      changes,
      chatReady: deps.chatProvider !== undefined,
    }),
  );
  if (outbox) app.use(outboxRouter(outbox));
  app.use(oauthRouter(oauth));
  app.use(widgetRouter(oauth));
  app.use(routeNotFound());
  app.use(errorHandler());
  const credentialNotices = createCredentialNotices({
    db: deps.db,
    caches: credentials,
    log: deps.log,
  });
  return {
    app: withApiDoor(
      [...http, ...api].map((step) => step.handler),
      app,
    ),
    contract,
    changes,
    credentials: credentialNotices,
    jobs,
    ...(outbox && { outbox }),
  };
}
