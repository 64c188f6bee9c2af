/// <reference lib="dom" />

type Child = Node | string | null | undefined | false;

/** A small element builder: text is always set as text, never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | boolean | undefined> | null = null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === false) continue;
    if (key === 'class') el.className = String(value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/** A list of rows, or a line saying there is nothing (an empty state, never a blank). */
export function rows(items: Node[], empty: string): HTMLElement {
  return items.length > 0 ? h('ul', { class: 'rows' }, items) : h('p', { class: 'empty' }, empty);
}

/** A titled block with an empty state when it has nothing to list. */
export function section(title: string, items: Node[], empty: string, count?: number): HTMLElement {
  const heading = h(
    'h2',
    null,
    title,
    count !== undefined && count > 0 ? h('span', { class: 'count' }, String(count)) : null,
  );
  return h('section', null, heading, rows(items, empty));
}
