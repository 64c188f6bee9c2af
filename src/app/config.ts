import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChatPolicy } from '../chat/chat-deps.ts';
import type { ChatSettings } from '../chat/providers/settings.ts';
import { isValidTimeZone } from '../dates/zone.ts';
import type { RateLimitSettings } from '../pipeline/rate-limits.ts';
import { chatPolicyFromEnv } from './chat-policy-config.ts';
import { ConfigError } from './config-error.ts';

/** Everything Tend reads from the environment, parsed once. */
export interface Config {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  /** The URL people and clients reach Tend at, without a trailing slash. */
  readonly publicUrl: string;
  /** PostgreSQL connection string; undefined means the embedded PGlite database. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly defaultTimezone: string;
  readonly logLevel: string;
  /** Validate every response against the contract (a violation becomes a 500). */
  readonly validateResponses: boolean;
  /**
   * Signs CSRF tokens and form seals, and is the first access-token signing key (HS256)
   * until `tend keys rotate` adds one kept in the database. Unset outside production: one
   * is made and kept in the database, so restarts and other instances keep accepting tokens.
   */
  readonly tokenSecret: string | undefined;
  /**
   * The bearer token a Prometheus scraper sends for `/metrics` (METRICS_TOKEN). Unset,
   * `/metrics` answers only callers on this host (loopback) and is a 404 for others.
   */
  readonly metricsToken: string | undefined;
  /**
   * How many reverse proxies sit in front of Tend. Above 0, the client address comes from
   * X-Forwarded-For, so per-IP throttles count people rather than the proxy.
   */
  readonly trustProxy: number;
  /**
   * Origins besides PUBLIC_URL's whose web pages may call /mcp (MCP_ALLOWED_ORIGINS,
   * comma-separated). Requests without an Origin (clients that are not browsers) always may.
   */
  readonly mcpAllowedOrigins: readonly string[];
  /** Lets Client ID Metadata Documents be fetched from loopback http URLs (development). */
  readonly allowLoopbackClientMetadata: boolean;
  /** Lets webhooks post to loopback http URLs (development; docs/webhooks.md). */
  readonly allowLoopbackWebhooks: boolean;
  /** The largest file a record may carry, in bytes (ATTACHMENT_MAX_BYTES, 10 MB by default). */
  readonly attachmentMaxBytes: number;
  /**
   * Where mail goes (nodemailer URL: smtp://user:pass@host:587, smtps://…:465). Unset
   * outside production: mails are logged (recipient and subject only) and kept in the
   * dev outbox at /dev/outbox. Required in production.
   */
  readonly smtpUrl: string | undefined;
  /** The From of every mail Tend sends. */
  readonly mailFrom: string;
  /**
   * Who runs this Tend, for the push services that deliver reminders to browsers
   * (VAPID_SUBJECT, RFC 8292): a mailto: or https: URL; PUBLIC_URL by default.
   */
  readonly vapidSubject: string;
  /** Longest a database statement may run before it is cancelled (503 to the caller). */
  readonly dbStatementTimeoutMs: number;
  /** Longest a request waits for a database connection before answering 503. */
  readonly dbAcquireTimeoutMs: number;
  /** Longest `/readyz` waits for the database before answering 503. */
  readonly readyTimeoutMs: number;
  /** After SIGTERM, how long in-flight requests get to finish before the process exits. */
  readonly shutdownTimeoutMs: number;
  /**
   * API requests per minute (0: no limit), counted in the database for every instance:
   * per API key, per OAuth grant (client and user), per IP without a bearer token, and per
   * IP with an invalid one. Far above what an assistant's conversation sends.
   */
  readonly rateLimits: RateLimitSettings;
  /**
   * The model behind Tend's own chat: an OpenAI-compatible endpoint (OpenAI, Ollama, vLLM…)
   * or Anthropic's API. Neither configured: the chat is off and the rest of Tend works.
   */
  readonly chat: ChatSettings;
  /** What the operator decides about the chat: prices, budget, prompt, limits. */
  readonly chatPolicy: ChatPolicy;
}

export { ConfigError };

/** 10 MB: a phone photo or a scanned invoice, with room to spare. */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** In development a `.env` file in the working directory fills in the environment. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(publicUrl);
  } catch {
    throw new ConfigError(`PUBLIC_URL is not a URL: ${publicUrl}`);
  }
  if (nodeEnv === 'production' && parsed.protocol !== 'https:') {
    throw new ConfigError('PUBLIC_URL must be https in production');
  }
  const defaultTimezone = env.DEFAULT_TIMEZONE?.trim() || 'UTC';
  if (!isValidTimeZone(defaultTimezone)) {
    throw new ConfigError(`DEFAULT_TIMEZONE is not an IANA time zone: ${defaultTimezone}`);
  }
  const config: Config = {
    nodeEnv,
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    publicUrl,
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dataDir: resolve(env.DATA_DIR?.trim() || 'data'),
    defaultTimezone,
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    validateResponses: boolean(env, 'VALIDATE_RESPONSES', nodeEnv !== 'production'),
    tokenSecret: env.TOKEN_SECRET?.trim() || undefined,
    metricsToken: env.METRICS_TOKEN?.trim() || undefined,
    trustProxy: integer(env, 'TRUST_PROXY', 0, 0, 10),
    mcpAllowedOrigins: origins(env, 'MCP_ALLOWED_ORIGINS'),
    allowLoopbackClientMetadata: boolean(env, 'ALLOW_LOOPBACK_CLIENT_METADATA', false),
    allowLoopbackWebhooks: boolean(env, 'ALLOW_LOOPBACK_WEBHOOKS', false),
    attachmentMaxBytes: integer(
      env,
      'ATTACHMENT_MAX_BYTES',
      DEFAULT_ATTACHMENT_MAX_BYTES,
      1024,
      100 * 1024 * 1024,
    ),
    smtpUrl: env.SMTP_URL?.trim() || undefined,
    mailFrom: env.MAIL_FROM?.trim() || `Tend <no-reply@${parsed.hostname}>`,
    vapidSubject: env.VAPID_SUBJECT?.trim() || publicUrl,
    // Acquire plus one statement stays under 5 s, so a hung database answers 503 in time.
    dbStatementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 2000, 100, 600_000),
    dbAcquireTimeoutMs: integer(env, 'DB_ACQUIRE_TIMEOUT_MS', 2000, 100, 600_000),
    readyTimeoutMs: integer(env, 'READY_TIMEOUT_MS', 1000, 100, 60_000),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 5000, 500, 600_000),
    rateLimits: Object.freeze({
      perApiKey: integer(env, 'RATE_LIMIT_PER_API_KEY', 600, 0, 1_000_000),
      perOAuthGrant: integer(env, 'RATE_LIMIT_PER_OAUTH_GRANT', 600, 0, 1_000_000),
      perIp: integer(env, 'RATE_LIMIT_PER_IP', 300, 0, 1_000_000),
      failedAuthPerIp: integer(env, 'RATE_LIMIT_FAILED_AUTH_PER_IP', 30, 0, 1_000_000),
    }),
    chat: chatSettings(env),
    chatPolicy: chatPolicyFromEnv(env),
  };
  if (config.smtpUrl !== undefined && !/^smtps?:\/\/[^/]/.test(config.smtpUrl)) {
    throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  }
  // Without mail nobody could verify an address or reset a forgotten password, and the
  // dev outbox would show other people's reset links to anyone: refuse rather than lose them.
  if (nodeEnv === 'production' && config.smtpUrl === undefined) {
    throw new ConfigError(
      'SMTP_URL is required in production (e.g. smtp://user:password@mail.example.com:587)',
    );
  }
  if (!/^(mailto:|https:\/\/|http:\/\/localhost)/.test(config.vapidSubject)) {
    throw new ConfigError(
      `VAPID_SUBJECT must be a mailto: or https:// URL (e.g. mailto:admin@example.com); got ${config.vapidSubject}`,
    );
  }
  if (config.metricsToken !== undefined && config.metricsToken.length < 16) {
    throw new ConfigError('METRICS_TOKEN must be at least 16 characters');
  }
  if (config.tokenSecret !== undefined && config.tokenSecret.length < 32) {
    throw new ConfigError('TOKEN_SECRET must be at least 32 characters');
  }
  if (nodeEnv === 'production' && config.tokenSecret === undefined) {
    throw new ConfigError('TOKEN_SECRET is required in production (e.g. openssl rand -base64 48)');
  }
  if (nodeEnv === 'production' && config.allowLoopbackClientMetadata) {
    throw new ConfigError('ALLOW_LOOPBACK_CLIENT_METADATA is for development only');
  }
  if (nodeEnv === 'production' && config.allowLoopbackWebhooks) {
    throw new ConfigError('ALLOW_LOOPBACK_WEBHOOKS is for development only');
  }
  return Object.freeze(config);
}

const OPENAI_BASE_URL = 'https://api.openai.com/v1';

function chatSettings(env: Env): ChatSettings {
  const llmBaseUrl = httpUrl(env, 'LLM_BASE_URL');
  const llmKey = env.LLM_API_KEY?.trim() || undefined;
  const llmModel = env.LLM_MODEL?.trim() || undefined;
  let openai: ChatSettings['openai'];
  if (llmBaseUrl || llmKey || llmModel) {
    // A key alone means OpenAI itself; a local server (Ollama) needs a URL and no key.
    const baseUrl = llmBaseUrl ?? (llmKey ? OPENAI_BASE_URL : undefined);
    if (!baseUrl) {
      throw new ConfigError(
        'LLM_MODEL is set but LLM_BASE_URL and LLM_API_KEY are not: set LLM_API_KEY for OpenAI, or LLM_BASE_URL for another endpoint (e.g. http://127.0.0.1:11434/v1 for Ollama)',
      );
    }
    if (!llmModel) {
      throw new ConfigError(
        'LLM_MODEL is required with LLM_BASE_URL or LLM_API_KEY (e.g. gpt-4.1-mini)',
      );
    }
    if (!llmKey && new URL(baseUrl).hostname === 'api.openai.com') {
      throw new ConfigError('LLM_API_KEY is required for api.openai.com');
    }
    openai = { baseUrl, apiKey: llmKey, model: llmModel };
  }
  const anthropicKey = env.ANTHROPIC_API_KEY?.trim() || undefined;
  const anthropicModel = env.ANTHROPIC_MODEL?.trim() || undefined;
  const anthropicBaseUrl = httpUrl(env, 'ANTHROPIC_BASE_URL');
  let anthropic: ChatSettings['anthropic'];
  if (anthropicKey || anthropicModel || anthropicBaseUrl) {
    if (!anthropicKey) {
      throw new ConfigError(
        'ANTHROPIC_API_KEY is required with ANTHROPIC_MODEL or ANTHROPIC_BASE_URL',
      );
    }
    if (!anthropicModel) {
      throw new ConfigError(
        'ANTHROPIC_MODEL is required with ANTHROPIC_API_KEY (e.g. claude-sonnet-4-6)',
      );
    }
    anthropic = { apiKey: anthropicKey, model: anthropicModel, baseUrl: anthropicBaseUrl };
  }
  const chosen = env.CHAT_PROVIDER?.trim()
    ? oneOf(env, 'CHAT_PROVIDER', ['openai', 'anthropic'], 'openai')
    : undefined;
  if (chosen === 'openai' && !openai) {
    throw new ConfigError('CHAT_PROVIDER is openai, but LLM_BASE_URL or LLM_API_KEY is not set');
  }
  if (chosen === 'anthropic' && !anthropic) {
    throw new ConfigError('CHAT_PROVIDER is anthropic, but ANTHROPIC_API_KEY is not set');
  }
  if (!chosen && openai && anthropic) {
    throw new ConfigError(
      'Both an OpenAI-compatible endpoint and Anthropic are configured: set CHAT_PROVIDER to openai or anthropic',
    );
  }
  return Object.freeze({
    provider: chosen ?? (openai ? 'openai' : anthropic ? 'anthropic' : undefined),
    openai,
    anthropic,
    timeoutMs: integer(env, 'LLM_TIMEOUT_MS', 60_000, 1000, 600_000),
    maxRetries: integer(env, 'LLM_MAX_RETRIES', 3, 0, 10),
  });
}

/** An http(s) URL without a trailing slash, or undefined when unset. */
function httpUrl(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${name} must start with http:// or https://; got ${value}`);
  }
  return value.replace(/\/+$/, '');
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = env[name]?.trim();
  if (!value) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}; got ${value}`);
  }
  return value as T;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}; got ${value}`);
  }
  return n;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (!value) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(`${name} must be true or false; got ${value}`);
}

function origins(env: Env, name: string): string[] {
  const value = env[name]?.trim();
  if (!value) return [];
  return value.split(',').map((item) => {
    const origin = item.trim();
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError(`${name} holds something that is not an origin: ${origin}`);
    }
    // An origin is scheme, host and port (RFC 6454 §4): a path would never match.
    if (url.origin !== origin.replace(/\/+$/, '')) {
      throw new ConfigError(
        `${name} must list origins like https://app.example.com; got ${origin}`,
      );
    }
    return url.origin;
  });
}
