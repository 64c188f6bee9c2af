import express, { type Router } from 'express';

/**
 * The pages' one stylesheet. A file rather than a <style> element, because the pages'
 * policy (`default-src 'self'`) allows no inline style, as it allows no inline script.
 */
const CSS = `:root {
  --ink: #1f2a24; --muted: #5b6b62; --line: #dfe5e0; --paper: #ffffff; --ground: #f3f5f1;
  --green: #2f6f4f; --green-dark: #245a3f; --green-soft: #e6f2ea;
  --amber-soft: #fdf5e2; --amber: #b7791f; --red: #b42318; --red-soft: #fdecea;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { background: var(--ground); }
body {
  margin: 0; color: var(--ink); background: var(--ground);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif;
}
header.site {
  background: var(--green); color: #fff; padding: 0.7rem 1.25rem;
}
header.site a { color: #fff; text-decoration: none; font-weight: 700; font-size: 1.15rem; letter-spacing: 0.02em; }
header.site a::before { content: "\\2618"; margin-right: 0.4rem; }
main {
  max-width: 42rem; margin: 2rem auto; padding: 1.75rem 2rem;
  background: var(--paper); border: 1px solid var(--line); border-radius: 12px;
  box-shadow: 0 1px 3px rgba(31, 42, 36, 0.06);
}
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 0.5rem; padding-top: 1.25rem; border-top: 1px solid var(--line); }
section > h2:first-child { margin-top: 0; padding-top: 0; border-top: 0; }
a { color: var(--green); }
code { background: var(--ground); padding: 0.1rem 0.3rem; border-radius: 4px; font-size: 0.92em; overflow-wrap: anywhere; }
pre { background: var(--ground); padding: 0.75rem 1rem; border-radius: 8px; white-space: pre-wrap; overflow-wrap: anywhere; }
label { display: block; font-weight: 600; }
input:not([type=hidden]):not([type=checkbox]) {
  display: block; width: 100%; margin-top: 0.3rem; padding: 0.55rem 0.7rem;
  font: inherit; font-weight: 400; color: var(--ink);
  border: 1px solid #b9c4bd; border-radius: 8px; background: #fff;
}
input:focus { outline: 2px solid var(--green); outline-offset: 1px; border-color: var(--green); }
button {
  font: inherit; font-weight: 600; cursor: pointer; padding: 0.5rem 1.1rem;
  color: #fff; background: var(--green); border: 1px solid var(--green); border-radius: 8px;
}
button:hover { background: var(--green-dark); }
button.secondary, button[value=deny], li form button, form[action="/signout"] button { color: var(--green); background: #fff; }
button.secondary:hover, button[value=deny]:hover, li form button:hover, form[action="/signout"] button:hover { background: var(--green-soft); }
button.danger { background: var(--red); border-color: var(--red); }
button.danger:hover { background: #912018; }
button + button { margin-left: 0.5rem; }
[role=alert] { background: var(--red-soft); border-left: 4px solid var(--red); padding: 0.6rem 0.9rem; border-radius: 6px; }
.ok { background: var(--green-soft); border-left: 4px solid var(--green); padding: 0.6rem 0.9rem; border-radius: 6px; }
section.notice { background: var(--amber-soft); border: 1px solid #f1d9a5; border-radius: 10px; padding: 1rem 1.25rem; margin: 1.25rem 0; }
section.notice h2 { color: #7a4e0e; }
section.danger { margin-top: 2rem; border: 1px solid #f3c1bb; border-radius: 10px; padding: 1rem 1.25rem; }
section.danger h2 { color: var(--red); }
ul { padding-left: 1.25rem; }
li { margin: 0.35rem 0; }
li form { display: inline; margin-left: 0.5rem; }
li form button { padding: 0.2rem 0.7rem; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { text-align: left; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { width: 12rem; color: var(--muted); font-weight: 600; }
article.mail { border-top: 1px solid var(--line); margin-top: 1.5rem; }
.meta { color: var(--muted); font-size: 0.9rem; }
@media (max-width: 40rem) { main { margin: 0; border-radius: 0; border-left: 0; border-right: 0; padding: 1.25rem; } }
`;

/** The pages' icon, so browsers do not ask for /favicon.ico. */
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<rect width="32" height="32" rx="7" fill="#2f6f4f"/>
<path d="M16 25V14M16 14c0-5 4-8 9-8 0 5-4 8-9 8Zm0 4c0-4-3-7-8-7 0 4 3 7 8 7Z" fill="#fff" stroke="#fff" stroke-width="2" stroke-linejoin="round"/>
</svg>
`;

export function assetsRouter(): Router {
  const router = express.Router();
  router.get('/assets/favicon.svg', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.type('image/svg+xml').send(ICON);
  });
  router.get('/assets/tend.css', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type('text/css; charset=utf-8').send(CSS);
  });
  return router;
}
