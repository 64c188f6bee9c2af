#!/usr/bin/env node
// The `tend` command: Tend's sources, bundled once by esbuild and rebuilt when one changes
// (scripts/lib/bundle.js). Stack traces name the TypeScript files, through the source map.
import module from 'node:module';
import { pathToFileURL } from 'node:url';
import { bundled } from './lib/bundle.js';

process.setSourceMapsEnabled(true);
// V8's compiled code for the bundle and its packages is kept beside the bundle, so a start
// compiles only what changed since the last one (docs/stack.md, esbuild). Node 20 has no
// compile cache and starts without one.
module.enableCompileCache?.(
  new URL('../node_modules/.cache/tend/compiled', import.meta.url).pathname,
);
await import(pathToFileURL(await bundled('src/cli/main.ts')).href);
