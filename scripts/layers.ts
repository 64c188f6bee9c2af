/**
 * `npm run check`'s layer step: no import in `src/` climbs to a room above its own, and
 * no modules import each other in a circle (docs/design.md §1).
 */
import { fileURLToPath } from 'node:url';
import { checkLayers, ROOMS } from './lib/import-layers.ts';

const src = fileURLToPath(new URL('../src', import.meta.url));
const { climbs, cycles } = checkLayers(src);

for (const { from, to } of climbs) console.error(`climbs: src/${from} imports src/${to}`);
for (const cycle of cycles) console.error(`cycle: ${cycle.map((f) => `src/${f}`).join(' ↔ ')}`);
if (climbs.length > 0 || cycles.length > 0) {
  console.error(
    `\n${climbs.length} imports climb and ${cycles.length} cycles; rooms, lowest first: ${ROOMS.join(' < ')}`,
  );
  process.exit(1);
}
console.log(`layers: no import climbs, no cycles (${ROOMS.length} rooms)`);
