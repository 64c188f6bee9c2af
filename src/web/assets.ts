import { readdirSync, readFileSync } from 'node:fs';
import express, { type Router } from 'express';
import { browserScript } from './browser-scripts.ts';

const STYLES_DIR = new URL('./styles/', import.meta.url);

/** The pages' icon, so browsers do not ask for /favicon.ico. */
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<rect width="32" height="32" rx="7" fill="#2f6f4f"/>
<path d="M16 25V14M16 14c0-5 4-8 9-8 0 5-4 8-9 8Zm0 4c0-4-3-7-8-7 0 4 3 7 8 7Z" fill="#fff" stroke="#fff" stroke-width="2" stroke-linejoin="round"/>
</svg>
`;

let stylesheet: string | undefined;

/**
 * The pages' one stylesheet: `styles/base.css`, then every other file there by name, one
 * per page family. A file rather than a <style> element, because the pages' policy
 * (`default-src 'self'`) allows no inline style, as it allows no inline script.
 */
function css(): string {
  stylesheet ??= [
    'base.css',
    ...readdirSync(STYLES_DIR)
      .filter((f) => f !== 'base.css')
      .sort(),
  ]
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(new URL(f, STYLES_DIR), 'utf8'))
    .join('\n');
  return stylesheet;
}

export function assetsRouter(): Router {
  const router = express.Router();
  router.get('/assets/favicon.svg', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.type('image/svg+xml').send(ICON);
  });
  router.get('/assets/tend.css', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type('text/css; charset=utf-8').send(css());
  });
  router.get('/assets/js/:file', async (req, res, next) => {
    const match = /^([a-z][a-z0-9-]*)\.(js|css)$/.exec(req.params.file);
    const built = match && (await browserScript(match[1] as string));
    const text = built && (match[2] === 'js' ? built.js : built.css);
    if (!match || !text) return next();
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type(match[2] === 'js' ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8');
    res.send(text);
  });
  return router;
}
