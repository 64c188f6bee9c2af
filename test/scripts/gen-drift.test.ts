import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const gen = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(root, 'scripts/gen.ts'), ...args], { cwd: root });

describe('generated types drift check', () => {
  it('passes for the committed types', async () => {
    const { stdout } = await gen('--check');
    expect(stdout).toContain('matches the contract');
  });

  it('fails when the contract changed and the types were not regenerated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-gen-'));
    const contract = join(dir, 'openapi.yaml');
    const types = join(dir, 'openapi.ts');
    copyFileSync(join(root, 'openapi.yaml'), contract);
    copyFileSync(join(root, 'generated/openapi.ts'), types);
    writeFileSync(
      contract,
      readFileSync(contract, 'utf8').replace(
        'enum: [low, normal, high, urgent]',
        'enum: [low, normal, high]',
      ),
    );
    const failure = await gen('--check', '--contract', contract, '--out', types).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('is stale');
    await gen('--contract', contract, '--out', types);
    await expect(gen('--check', '--contract', contract, '--out', types)).resolves.toBeTruthy();
    // Three generator runs of a growing contract, each a fresh tsx process.
  }, 60_000);
});
