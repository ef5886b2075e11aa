import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time, generous timeouts, no retries that could hide a flake.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
