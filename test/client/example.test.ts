import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/accounts/users.ts';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { type RunningTend, startTend } from '../support/dashboard.ts';
import { createTestDb } from '../support/db.ts';

/** client/example.ts, run as a script against a real Tend on a port of its own. */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

const { db, destroy } = await createTestDb();
const tend: RunningTend = await startTend(db);
afterAll(async () => {
  await tend.close();
  await destroy();
});

const user = await createUser(db, {
  email: 'script@example.com',
  displayName: 'Script',
  timezone: 'Europe/Berlin',
  now: new Date(),
});
const { key } = await createApiKey(db, {
  userId: user.id,
  name: 'example',
  scopes: ['tasks:read', 'tasks:write', 'records:read', 'records:write'],
  now: new Date(),
});

async function example(): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'client/example.ts'], {
    cwd: root,
    env: { ...process.env, TEND_URL: tend.base, TEND_API_KEY: key },
  });
  return stdout;
}

describe('the typed client example', () => {
  it('creates a task, lists tasks and logs a weight for a pet it creates', async () => {
    const out = await example();
    expect(out).toMatch(/^created task "Give Max his flea meds" due 20\d\d-/m);
    expect(out).toMatch(/^open tasks: Give Max his flea meds$/m);
    expect(out).toMatch(/^created dog Max \(/m);
    expect(out).toMatch(/^logged Max's weight: 12\.4 kg at /m);

    const tasks = await db('tasks').where({ user_id: user.id, title: 'Give Max his flea meds' });
    expect(tasks).toHaveLength(1);
    expect(tasks[0].due_at).not.toBeNull();
    const pets = await db('subjects').where({ user_id: user.id, name: 'Max', species: 'dog' });
    expect(pets).toHaveLength(1);
    const weights = await db('records').where({
      user_id: user.id,
      subject_id: pets[0].id,
      type: 'weight',
    });
    expect(weights.map((r) => Number(r.value))).toEqual([12.4]);
  });

  it('run again, finds the pet and leaves the task it just added alone', async () => {
    const out = await example();
    expect(out).toMatch(
      /^task "Give Max his flea meds" is already there \(.+\); not added again$/m,
    );
    expect(out).toMatch(/^found Max \(/m);
    expect(await db('subjects').where({ user_id: user.id, name: 'Max' })).toHaveLength(1);
    expect(await db('tasks').where({ user_id: user.id })).toHaveLength(1);
    expect(out).toMatch(/^Max's weight 12\.4 kg at .+ is already logged \(.+\); not added again$/m);
    expect(await db('records').where({ user_id: user.id, type: 'weight' })).toHaveLength(1);
  });
});
