import { fileURLToPath } from 'node:url';
import { VIEWS, type View } from './catalog.ts';

const APP_DIR = fileURLToPath(new URL('./app/', import.meta.url));

let built: Promise<Map<string, string>> | undefined;

/**
 * Every view as one self-contained HTML document (script and styles inline: hosts render
 * it in a sandboxed iframe whose CSP allows no outside origin). Built with esbuild once per
 * process, on the first read rather than at start, so starting Tend costs nothing; the
 * build takes about half a second.
 */
export function viewDocuments(): Promise<Map<string, string>> {
  built ??= buildAll().catch((error: unknown) => {
    built = undefined;
    throw error;
  });
  return built;
}

async function buildAll(): Promise<Map<string, string>> {
  // Loaded here, not at start: a Tend no host asks for views never loads esbuild.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: Object.fromEntries(VIEWS.map((view) => [view.name, `${APP_DIR}${view.name}.ts`])),
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    outdir: '/views',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const output = (name: string, ext: string) =>
    result.outputFiles.find((file) => file.path === `/views/${name}.${ext}`)?.text ?? '';
  return new Map(
    VIEWS.map((view) => [view.uri, page(view, output(view.name, 'js'), output(view.name, 'css'))]),
  );
}

function page(view: View, script: string, css: string): string {
  // `</script` inside the bundle would end the element early.
  const safeScript = script.replace(/<\/(script)/gi, '<\\/$1');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${view.title} · Tend</title>
<style>${css}</style>
</head>
<body>
<main id="view" aria-live="polite"><p class="muted">Loading…</p></main>
<script>${safeScript}</script>
</body>
</html>
`;
}
