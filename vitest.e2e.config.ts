import { defineConfig } from 'vitest/config';

// Browser tests: Debian's chromium through playwright-core against the BUILT app (dist/),
// served by scripts/serve.mjs. One file at a time: the machine has 2 cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    retry: 0,
  },
});
