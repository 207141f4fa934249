import { defineConfig } from 'vitest/config';

// Unit and component tests: jsdom + fake-indexeddb, no network, no browser.
export default defineConfig({
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
