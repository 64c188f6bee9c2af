import { type Html, html } from './html.ts';

/** The signed-in pages, in the order the navigation shows them. */
export const SECTIONS = [
  { key: 'today', href: '/', label: 'Today' },
  { key: 'tasks', href: '/tasks', label: 'Tasks' },
  { key: 'people', href: '/people', label: 'People & pets' },
  { key: 'chat', href: '/chat', label: 'Chat' },
  { key: 'activity', href: '/activity', label: 'Activity' },
  { key: 'search', href: '/search', label: 'Search' },
  { key: 'account', href: '/account', label: 'Account' },
] as const;

export type Section = (typeof SECTIONS)[number]['key'];

export interface DashboardPage {
  title: string;
  /** The navigation entry this page belongs to, marked as the current one. */
  section: Section;
  body: Html;
  /**
   * Progressive enhancements by name (`src/web/scripts/<name>.ts`, served as
   * `/assets/js/<name>.js`): the page works without them.
   */
  scripts?: readonly string[];
  /** Stylesheets a page's scripts bring (`/assets/js/<name>.css`), after Tend's own. */
  stylesheets?: readonly string[];
  /** The `<h1>`, when it should differ from the window title. */
  heading?: Html | string;
}

/**
 * A page's scripts: its own, and the live script whenever it marks a region to refresh
 * when the person's data changes (`data-live-region`), so no page can forget it.
 */
function pageScripts(p: DashboardPage): readonly string[] {
  const own = p.scripts ?? [];
  const live = p.body.value.includes('data-live-region') && !own.includes('live');
  return live ? [...own, 'live'] : own;
}

/**
 * The frame of every signed-in page: a skip link, the navigation, one `<main>`. Scripts
 * are files of Tend's own, never inline (docs/security.md A10).
 */
export function dashboardPage(p: DashboardPage): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title} · Tend</title>
<link rel="stylesheet" href="/assets/tend.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
${(p.stylesheets ?? []).map((href) => html`<link rel="stylesheet" href="${href}">\n`)}
${pageScripts(p).map((name) => html`<script src="/assets/js/${name}.js" defer></script>\n`)}
</head>
<body class="dashboard">
<a class="skip" href="#content">Skip to content</a>
<header class="site">
<a class="brand" href="/">Tend</a>
<nav aria-label="Sections"><ul>
${SECTIONS.map(
  (s) =>
    html`<li><a href="${s.href}"${s.key === p.section ? html` aria-current="page"` : ''}>${s.label}</a></li>`,
)}
</ul></nav>
</header>
<main id="content">
<h1>${p.heading ?? p.title}</h1>
${p.body}
</main>
</body>
</html>
`.value;
}
