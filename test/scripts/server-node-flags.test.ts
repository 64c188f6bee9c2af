import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '../../scripts/lib/server-node-flags.js';

describe('the Node flags the server runs with', () => {
  it('are the ones npm start passes, so the bench measures Tend as it runs', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    );
    expect(manifest.scripts.start).toBe(
      `node ${SERVER_NODE_FLAGS.join(' ')} scripts/tend.js serve`,
    );
  });
});
