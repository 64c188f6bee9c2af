import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenCitations } from '../../scripts/lib/doc-citations.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('citations of the docs', () => {
  it('every rule number and section cited in src/, test/ and scripts/ is in docs/', () => {
    expect(brokenCitations(root, ['src', 'test', 'scripts'])).toEqual([]);
  });

  const scratch = mkdtempSync(join(tmpdir(), 'tend-citations-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('finds a rule its page lacks, a missing page and a note from outside the repository', () => {
    mkdirSync(join(scratch, 'docs'));
    for (const page of ['design', 'security', 'clients', 'stack'])
      writeFileSync(join(scratch, 'docs', `${page}.md`), '## §1 One\n| A1 | a rule |\n');
    mkdirSync(join(scratch, 'src'));
    // Put together here so that this file holds no broken citation itself.
    const cite = (page: string, anchor = '') => `// ${page}.md${anchor}`;
    writeFileSync(
      join(scratch, 'src', 'a.ts'),
      [
        `${cite('docs/security', ' A1')} and ${cite('docs/design', ' §1')} resolve`,
        cite('docs/security', ' A99'),
        cite('docs/nowhere'),
        cite('SECURITY', ' A1'),
      ].join('\n'),
    );
    const reasons = brokenCitations(scratch, ['src']).map((b) => [b.line, b.reason]);
    expect(reasons).toEqual([
      [2, `${cite('docs/security').slice(3)} has no A99`],
      [3, `${cite('docs/nowhere').slice(3)} does not exist`],
      [4, `${cite('SECURITY').slice(3)} is not in this repository; cite docs/`],
    ]);
  });
});
