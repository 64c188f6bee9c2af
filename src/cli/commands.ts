import { setPasswordLink } from '../accounts/set-password-link.ts';
import { createUser, DuplicateEmailError, findUserByEmail } from '../accounts/users.ts';
import { KEY_RETIRE_AFTER_MS } from '../auth/access-tokens.ts';
import { createApiKey } from '../auth/api-keys.ts';
import { ALL_SCOPES, isScope, type Scope } from '../auth/principal.ts';
import { rotateSigningKey } from '../auth/signing-keys.ts';
import { isValidTimeZone } from '../dates/zone.ts';
import type { Db } from '../db/connect.ts';
import {
  checkRegistrableRedirectUris,
  RedirectUriRefused,
} from '../oauth/checks/registrable-redirect-uri.ts';
import { createClient } from '../oauth/clients.ts';
import { ASSISTANT_SCOPES } from '../oauth/scopes.ts';
import { seedDemoHousehold } from './seed-demo.ts';
import { UsageError } from './usage-error.ts';

export { UsageError };

export type Args = Record<string, string | boolean | undefined>;

export interface CommandDeps {
  db: Db;
  now: () => Date;
  defaultTimezone: string;
  /** Tend's address, for the links a command prints. */
  publicUrl: string;
}

/**
 * Commands that read or write data. They print JSON and can run in the CLI's own
 * process or, when the server holds the embedded database, inside the server.
 */
export const dataCommands: Record<string, (args: Args, deps: CommandDeps) => Promise<unknown>> = {
  async 'user create'(args, deps) {
    const email = required(args, 'email');
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new UsageError(`not an email address: ${email}`);
    const timezone = optional(args, 'timezone') ?? deps.defaultTimezone;
    if (!isValidTimeZone(timezone)) throw new UsageError(`not an IANA time zone: ${timezone}`);
    try {
      const user = await createUser(deps.db, {
        email,
        displayName: optional(args, 'name') ?? email.split('@')[0] ?? email,
        timezone,
        now: deps.now(),
      });
      return {
        id: user.id,
        email: user.email,
        display_name: user.display_name,
        timezone,
        set_password_url: await setPasswordLink(deps.db, user, deps.publicUrl, deps.now()),
        note: 'Give the person this link to choose a password; it works once, for 24 hours.',
      };
    } catch (error) {
      if (error instanceof DuplicateEmailError) throw new UsageError(error.message);
      throw error;
    }
  },

  async 'key create'(args, deps) {
    const email = required(args, 'email');
    const user = await findUserByEmail(deps.db, email);
    if (!user) throw new UsageError(`no user with the email ${email}; run \`tend user create\``);
    const scopes = parseScopes(optional(args, 'scopes') ?? ASSISTANT_SCOPES.join(' '));
    const key = await createApiKey(deps.db, {
      userId: user.id,
      name: optional(args, 'name') ?? 'CLI key',
      scopes,
      now: deps.now(),
    });
    return {
      id: key.id,
      key: key.key,
      prefix: key.prefix,
      name: key.name,
      scopes: key.scopes,
      user_id: user.id,
      note: 'Shown once: store it now. Send it as "Authorization: Bearer <key>".',
    };
  },

  async 'keys rotate'(_args, deps) {
    const now = deps.now();
    const { kid, superseded } = await rotateSigningKey(deps.db, now);
    return {
      kid,
      signs_from: now.toISOString(),
      superseded,
      retired_after: new Date(now.getTime() + KEY_RETIRE_AFTER_MS).toISOString(),
      note: 'New access tokens carry this kid within a minute on every instance. Tokens from the superseded keys stay valid until they expire; housekeeping then retires those keys.',
    };
  },

  async seed(args, deps) {
    if (args.demo !== true) throw new UsageError('only `tend seed --demo --email E` is supported');
    const email = required(args, 'email');
    const user = await findUserByEmail(deps.db, email);
    if (!user) throw new UsageError(`no user with the email ${email}; run \`tend user create\``);
    const others = await deps
      .db('subjects')
      .where({ user_id: user.id, is_self: false })
      .first('id');
    if (others) {
      throw new UsageError(`${email} already has people or pets; seed a new user instead`);
    }
    return seedDemoHousehold(deps.db, user, deps.now());
  },

  async 'client create'(args, deps) {
    const name = required(args, 'name');
    const given = repeated(args, 'redirect-uri');
    if (given.length === 0) throw new UsageError('--redirect-uri is required');
    let redirectUris: string[];
    try {
      // The rule /oauth/register and metadata documents follow (docs/security.md A1).
      redirectUris = checkRegistrableRedirectUris(given);
    } catch (error) {
      if (error instanceof RedirectUriRefused) throw new UsageError(error.message);
      throw error;
    }
    const scopes = parseScopes(optional(args, 'scopes') ?? ASSISTANT_SCOPES.join(' '));
    const isPublic = args.public === true;
    const created = await createClient(
      deps.db,
      { name, redirectUris, scopes, isPublic },
      deps.now(),
    );
    return {
      client_id: created.clientId,
      ...(created.clientSecret && { client_secret: created.clientSecret }),
      name,
      redirect_uris: redirectUris,
      scopes,
      token_endpoint_auth_method: isPublic ? 'none' : 'client_secret_basic or client_secret_post',
      note: isPublic
        ? 'A public client: it must use PKCE (S256).'
        : 'The client secret is shown once: store it now.',
    };
  },
};

/** A flag given once, or several times separated by spaces or commas. */
function repeated(args: Args, name: string): string[] {
  const value = args[name];
  return typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [];
}

function parseScopes(text: string): Scope[] {
  const scopes = text.split(/[\s,]+/).filter(Boolean);
  const unknown = scopes.filter((s) => !isScope(s));
  if (unknown.length > 0 || scopes.length === 0) {
    throw new UsageError(
      `unknown scope ${unknown.join(', ')}; choose from ${ALL_SCOPES.join(' ')}`,
    );
  }
  return [...new Set(scopes)] as Scope[];
}

function required(args: Args, name: string): string {
  const value = optional(args, name);
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

function optional(args: Args, name: string): string | undefined {
  const value = args[name];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
