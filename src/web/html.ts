/** A string already escaped for HTML; everything else is escaped when interpolated. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

type Value = Html | string | number | undefined | null | false | Value[];

function render(value: Value): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template that escapes every interpolated value unless it is already `Html`. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/**
 * The frame of every signed-out page: no inline script, no external resource
 * (docs/security.md A10); `scripts` are Tend's own enhancements (`/assets/js/<name>.js`).
 */
export function page(
  title: string,
  body: Html,
  options: { scripts?: readonly string[] } = {},
): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Tend</title>
<link rel="stylesheet" href="/assets/tend.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
${(options.scripts ?? []).map((name) => html`<script src="/assets/js/${name}.js" defer></script>\n`)}
</head>
<body>
<header class="site"><a class="brand" href="/">Tend</a></header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`.value;
}
