import { describe, expect, it } from 'vitest';
import { buildPage, PAGE_CHARACTER_BUDGET, serializedPage } from '../../src/paging/page.ts';

const rows = (n: number, size = 10) =>
  Array.from({ length: n }, (_, i) => ({ id: i, text: `"é\\\n${'x'.repeat(size)}` }));
const key = (row: { id: number }) => [row.id];

describe('buildPage', () => {
  it('answers the JSON of the page it built, byte for byte', () => {
    for (const [count, limit] of [
      [0, 20],
      [3, 20],
      [21, 20],
    ] as const) {
      const page = buildPage(rows(count), limit, (row) => ({ ...row, n: row.id * 2 }), key);
      expect(serializedPage(page)).toBe(JSON.stringify(page));
    }
  });

  it('stops at the character budget and still answers the page as built', () => {
    const page = buildPage(rows(30, 5_000), 30, (row) => row, key);
    expect(page.items.length).toBeLessThan(30);
    expect(page.next_cursor).not.toBeNull();
    expect(serializedPage(page).length).toBeLessThanOrEqual(PAGE_CHARACTER_BUDGET + 100);
    expect(serializedPage(page)).toBe(JSON.stringify(page));
  });

  it('serializes any other body, a copy of a page included, as it is', () => {
    const page = buildPage(rows(2), 20, (row) => row, key);
    const copy = { ...page, items: page.items.slice(1) };
    expect(serializedPage(copy)).toBe(JSON.stringify(copy));
    expect(serializedPage({ a: [1] })).toBe('{"a":[1]}');
    expect(serializedPage('text')).toBe('"text"');
  });
});
