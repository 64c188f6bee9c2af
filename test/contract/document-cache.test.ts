import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { CONTRACT_PATH, loadContract } from '../../src/contract/document.ts';

describe('loadContract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tend-contract-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the contract as YAML says, from its parsed copy as from the text', () => {
    const first = loadContract();
    const again = loadContract();
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    expect(first).toEqual(YAML.parse(readText()));
  });

  it('parses a changed text anew instead of answering an older parse', () => {
    const file = join(dir, 'contract.yaml');
    writeFileSync(file, 'openapi: 3.1.0\ninfo: { title: one, version: "1" }\npaths: {}\n');
    expect(loadContract(file).info.title).toBe('one');
    writeFileSync(file, 'openapi: 3.1.0\ninfo: { title: two, version: "1" }\npaths: {}\n');
    expect(loadContract(file).info.title).toBe('two');
    expect(readdirSync(dir)).toEqual(['contract.yaml']);
  });
});

function readText(): string {
  return readFileSync(CONTRACT_PATH, 'utf8');
}
