import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/corpus/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto', 'tests/support/english-ui.ts'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
  },
});
