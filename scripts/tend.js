#!/usr/bin/env node
// The `tend` command: Tend's sources, bundled once by esbuild and rebuilt when one changes
// (scripts/lib/bundle.js). Stack traces name the TypeScript files, through the source map.
import { pathToFileURL } from 'node:url';
import { bundled } from './lib/bundle.js';

process.setSourceMapsEnabled(true);
await import(pathToFileURL(await bundled('src/cli/main.ts')).href);
