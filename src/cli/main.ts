import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, loadDotEnv } from '../app/config.ts';
import type { Db } from '../db/connect.ts';
import { DataDirLockedError, lockDataDir, lockHolder } from '../db/data-dir-lock.ts';
import { migrateLatest, migrateRollback } from '../db/migrate.ts';
import { createLogger } from '../http/logger.ts';
import type { Args } from './commands.ts';
import { openDatabase } from './open-database.ts';
import { UsageError } from './usage-error.ts';
import { workerCount } from './workers.ts';

// What a command needs beyond this file is imported when it runs (the bundle is split,
// scripts/lib/bundle.js): the server's code loads while its database opens, and a data
// command loads no web server.

const USAGE = `Usage: tend <command> [options]

  serve [--workers N]                     run the server (what npm start does); --workers
                                          runs N server processes on one port (PostgreSQL)
  migrate                                 apply pending database migrations
  migrate:rollback                        undo the last batch of migrations
  user create --email E [--name N] [--timezone Europe/Berlin]
  key create --email E [--scopes "tasks:read tasks:write records:read records:write"] [--name N]
  seed --demo --email E                   add a demo household (people, pets, records, tasks)
  client create --name N --redirect-uri U [--redirect-uri U2] [--public] [--scopes "…"]
  keys rotate                             a new key signs access tokens; earlier ones stay valid

Every command prints JSON. Configuration comes from the environment (see .env.example).
`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      timezone: { type: 'string' },
      scopes: { type: 'string' },
      demo: { type: 'boolean' },
      'redirect-uri': { type: 'string', multiple: true },
      public: { type: 'boolean' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals.join(' ');
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return;
  }
  loadDotEnv();
  const config = loadConfig();
  if (command === 'serve') {
    const workers = workerCount(values.workers, config);
    const log = createLogger(config.logLevel);
    // Opening a new embedded database starts with copying a template, hundreds of files on
    // a thread of its own (src/db/new-data-dir.ts): it runs while the server's code loads.
    const database =
      workers === undefined || cluster.isWorker ? openDatabase(config, log) : undefined;
    // Awaited by serve; until then a failure (a data directory in use) must not count as
    // unhandled, and reaches the handler below through serve.
    database?.catch(() => {});
    const { serve } = await import('./serve.ts');
    return serve(config, { workers, log, ...(database && { database }) });
  }
  if (command === 'migrate' || command === 'migrate:rollback') {
    const result = await withDatabase(config, { migrate: false }, async (db) =>
      command === 'migrate'
        ? { applied: await migrateLatest(db) }
        : { reverted: await migrateRollback(db) },
    );
    return print(result);
  }
  const { dataCommands } = await import('./commands.ts');
  const run = dataCommands[command];
  if (!run) throw new UsageError(`unknown command: ${command}`);
  const args = { ...values, 'redirect-uri': values['redirect-uri']?.join(' ') } as Args;
  // While a server holds the embedded database, it runs the command for us.
  if (!config.databaseUrl && lockHolder(config.dataDir) !== undefined) {
    const { sendAdminCommand } = await import('./admin-socket.ts');
    return print(await sendAdminCommand(config.dataDir, { command, args }));
  }
  const now = () => new Date();
  print(
    await withDatabase(config, { migrate: true }, async (db) =>
      run(args, {
        db,
        now,
        defaultTimezone: config.defaultTimezone,
        publicUrl: config.publicUrl,
      }),
    ),
  );
}

async function withDatabase<T>(
  config: ReturnType<typeof loadConfig>,
  options: { migrate: boolean },
  work: (db: Db) => Promise<T>,
): Promise<T> {
  const lock = config.databaseUrl ? undefined : lockDataDir(config.dataDir);
  const { connectDb } = await import('../db/connect.ts');
  const db = await connectDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolMax: 2,
  });
  try {
    if (options.migrate) await migrateLatest(db);
    return await work(db);
  } finally {
    await db.destroy();
    lock?.release();
  }
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof ConfigError) {
    process.stderr.write(`tend: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof DataDirLockedError) {
    process.stderr.write(`tend: ${error.message}\n`);
    process.exit(1);
  }
  if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    process.stderr.write(`tend: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  process.stderr.write(`tend: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
