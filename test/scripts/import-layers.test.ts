import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLayers } from '../../scripts/lib/import-layers.ts';

const src = fileURLToPath(new URL('../../src', import.meta.url));

describe('the rooms of src/', () => {
  it('no import climbs to a room above its own, and no modules import in a circle', () => {
    expect(checkLayers(src)).toEqual({ climbs: [], cycles: [] });
  });

  const scratch = mkdtempSync(join(tmpdir(), 'tend-layers-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  };

  it('finds a climb, a loose file, a type-only, a dynamic and a side-effect import, and cycles', () => {
    write('core/a.ts', "import { b } from '../db/b.ts';\nexport const a = 1;\n");
    write('db/b.ts', "import { a } from '../core/a.ts';\nexport const b = a;\n");
    write('db/c.ts', "import type { L } from '../loose.ts';\nexport const c = 1;\n");
    write('core/d.ts', "export const d = () => import('../db/c.ts');\n");
    write('loose.ts', 'export type L = 1;\n');
    write('db/e.ts', "export { f } from './f.ts';\n");
    write('db/f.ts', "import { e } from './e.ts';\nexport const f = e;\n");
    write('core/g.ts', "import '../db/f.ts';\n");
    const report = checkLayers(scratch, ['core', 'db']);
    expect(report.climbs).toEqual(
      expect.arrayContaining([
        { from: 'core/a.ts', to: 'db/b.ts' },
        { from: 'db/c.ts', to: 'loose.ts' },
        { from: 'core/d.ts', to: 'db/c.ts' },
        { from: 'core/g.ts', to: 'db/f.ts' },
      ]),
    );
    expect(report.climbs).toHaveLength(4);
    expect(report.cycles).toEqual(
      expect.arrayContaining([
        ['core/a.ts', 'db/b.ts'],
        ['db/e.ts', 'db/f.ts'],
      ]),
    );
  });
});
