import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The rooms of `src/`, lowest first (docs/design.md §3). A module may import from its own
 * room or from a room below it; an import that climbs is a defect, and so is a cycle of
 * modules, even inside one room.
 */
export const ROOMS = [
  'core',
  'db',
  'jobs',
  'dates',
  'paging',
  'auth',
  'contract',
  'activity',
  'subjects',
  'tasks',
  'records',
  'items',
  'search',
  'insights',
  'calendar',
  'mail',
  'webhooks',
  'reminders',
  'live',
  'pipeline',
  'chat',
  'http',
  'web',
  'oauth',
  'accounts',
  'dashboard',
  'mcp',
  'app',
  'cli',
] as const;

export interface Climb {
  from: string;
  to: string;
}

export interface LayerReport {
  /** Imports from a room into one above it (or into a file outside every room). */
  climbs: Climb[];
  /** Each cycle once, as the files around it. */
  cycles: string[][];
}

// Static imports and re-exports, `import type` included (a type ties modules as well),
// side-effect imports (`import './x.ts'`) and dynamic `import('…')`.
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|(?:^|[\s;])import\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The room of a file: its first folder under `src/`, or undefined for a loose file. */
function roomOf(srcDir: string, file: string): string | undefined {
  const parts = relative(srcDir, file).split('/');
  return parts.length > 1 ? parts[0] : undefined;
}

/** The import graph of `srcDir`, as relative paths, limited to files inside it. */
export function importGraph(srcDir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourcesUnder(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const match of text.matchAll(IMPORT)) {
      const target = resolve(dirname(file), (match[1] ?? match[2]) as string);
      if (target.startsWith(`${srcDir}/`)) targets.push(relative(srcDir, target));
    }
    graph.set(relative(srcDir, file), targets);
  }
  return graph;
}

export function checkLayers(srcDir: string, rooms: readonly string[] = ROOMS): LayerReport {
  const root = resolve(srcDir);
  const graph = importGraph(root);
  const rank = new Map(rooms.map((room, index) => [room, index]));
  const climbs: Climb[] = [];
  for (const [from, targets] of graph) {
    const fromRank = rank.get(roomOf(root, join(root, from)) ?? '');
    for (const to of targets) {
      const toRank = rank.get(roomOf(root, join(root, to)) ?? '');
      if (fromRank === undefined || toRank === undefined || toRank > fromRank) {
        climbs.push({ from, to });
      }
    }
  }
  return { climbs, cycles: cyclesOf(graph) };
}

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) {
      cycles.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
