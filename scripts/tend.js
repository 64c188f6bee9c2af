#!/usr/bin/env node
// The `tend` command. Tend runs its TypeScript sources directly through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
