import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: some tests start processes, and CI machines are small and may be busy.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file builds its own database; two cores run two files at a time well.
    maxWorkers: 2,
  },
});
