import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Migrates one database for the whole run; each file starts from a copy of it.
    globalSetup: ['test/support/global-setup.ts'],
    // Generous: some tests start processes, and CI machines are small and may be busy.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file gets its own database; two cores run two files at a time well.
    maxWorkers: 2,
    // `npm test` passes --coverage; a run of a few files (`npx vitest run test/tasks`)
    // skips it, since the threshold is for the whole suite.
    coverage: {
      provider: 'v8',
      // Every file of the server is listed, tested or not.
      include: ['src/**/*.ts'],
      // The MCP views' scripts run only inside a browser page (bundled by esbuild and
      // driven in Chromium by test/browser/), where node's V8 coverage cannot see them;
      // format.ts is the exception, pure functions tested in node. generated/ holds only
      // types from the contract and lies outside src/.
      // The pages' browser scripts (src/web/scripts/) likewise run only in Chromium.
      exclude: ['src/mcp/views/app/!(format).ts', 'src/web/scripts/**'],
      reporter: ['text'],
      thresholds: { lines: 80 },
    },
  },
});
