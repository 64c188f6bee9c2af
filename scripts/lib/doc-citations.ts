import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A citation of the project's docs found in a source file, and why it does not resolve. */
export interface BrokenCitation {
  file: string;
  line: number;
  text: string;
  reason: string;
}

// `docs/security.md A7`, `docs/design.md §2`, or the page alone.
const CITATION = /docs\/([a-z-]+)\.md(?:\s+(§\s?\d+|[AR]\d+))?/g;
// The names of the notes these pages replaced; a citation must name a page in docs/.
const FOREIGN = /(?<![\w/])(SECURITY|DESIGN|CHATGPT|STACK-NOTES|STYLE)\.md/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

/** The section marks (`§3`) and rule numbers (`A7`) each page defines. */
function anchorsOf(root: string, page: string): Set<string> {
  const text = readFileSync(join(root, 'docs', `${page}.md`), 'utf8');
  const anchors = new Set<string>();
  for (const [, mark] of text.matchAll(/^## (§\d+)/gm)) anchors.add(mark as string);
  for (const [, rule] of text.matchAll(/^\| ([AR]\d+) \|/gm)) anchors.add(rule as string);
  return anchors;
}

/** Every citation in `dirs` that names no page, or a section or rule its page lacks. */
export function brokenCitations(root: string, dirs: string[]): BrokenCitation[] {
  // The pages are what docs/ holds, so a new page is citable the moment it is written.
  const pages = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3));
  const anchors = new Map(pages.map((page) => [page, anchorsOf(root, page)]));
  const broken: BrokenCitation[] = [];
  for (const file of dirs.flatMap((dir) => filesUnder(join(root, dir)))) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, index) => {
      const at = { file: relative(root, file), line: index + 1, text: text.trim() };
      for (const [, page, anchor] of text.matchAll(CITATION)) {
        const known = anchors.get(page as string);
        if (!known) broken.push({ ...at, reason: `docs/${page}.md does not exist` });
        else if (anchor && !known.has(anchor.replace(/\s/g, '')))
          broken.push({ ...at, reason: `docs/${page}.md has no ${anchor}` });
      }
      for (const [name] of text.matchAll(FOREIGN))
        broken.push({ ...at, reason: `${name} is not in this repository; cite docs/` });
    });
  }
  return broken;
}
