import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir, lockHolder } from '../../src/db/data-dir-lock.ts';

describe('data directory lock', () => {
  it('refuses a second holder with a clear message, and frees on release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-lock-'));
    const lock = lockDataDir(dir);
    expect(lockHolder(dir)).toBe(process.pid);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/already running on .* \(process \d+\)/);
    lock.release();
    expect(lockHolder(dir)).toBeUndefined();
    lockDataDir(dir).release();
  });

  it('takes over a lock left by a process that is gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-lock-'));
    writeFileSync(join(dir, 'tend.lock'), '999999999');
    const lock = lockDataDir(dir);
    expect(lockHolder(dir)).toBe(process.pid);
    lock.release();
  });
});
