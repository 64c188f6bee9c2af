import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { templateLocation } from './template-location.ts';

/** The PostgreSQL data directory inside Tend's DATA_DIR. */
export function pgdataIn(dataDir: string): string {
  return join(dataDir, 'pgdata');
}

/**
 * Starts making a new embedded database in `dataDir` from this build's migrated template,
 * before the database's code has loaded: `tend serve` loads the rest of itself while the
 * copy runs on a thread of its own (src/cli/open-database.ts). Resolves true once the
 * copy is whole; false, at once, when the database exists or the template is not made
 * yet (connectDb then makes it as before).
 */
export async function startNewDataDir(dataDir: string): Promise<boolean> {
  const dir = pgdataIn(dataDir);
  if (existsSync(dir)) return false;
  const template = templateLocation({ migrated: true })?.template;
  if (!template || !existsSync(template.archive)) return false;
  mkdirSync(dataDir, { recursive: true });
  await copyTemplateInto(template.dir, dir);
  return true;
}

/**
 * Copies a template's data directory to `dir`, which appears only once it is whole: a
 * start cut off while copying leaves no half a database behind.
 */
export async function copyTemplateInto(template: string, dir: string): Promise<void> {
  const partial = `${dir}.partial`;
  // Synchronous up to the thread's start: the main thread is about to be busy a while.
  rmSync(partial, { recursive: true, force: true });
  await copyOnWorkerThread(template, partial);
  renameSync(partial, dir);
}

/**
 * cpSync on a thread of its own. Node's asynchronous cp waits on one file at a time, and
 * a template's hundreds took longer than loading all of Tend's code; the synchronous one
 * is native and quick, but would hold up the main thread.
 */
function copyOnWorkerThread(from: string, to: string): Promise<void> {
  const worker = new Worker(
    `const { cpSync } = require('node:fs');
     const { workerData } = require('node:worker_threads');
     cpSync(workerData.from, workerData.to, { recursive: true });`,
    { eval: true, workerData: { from, to } },
  );
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`copying ${from} stopped (exit ${code})`)),
    );
  });
}
