import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    // Builds of the real site take seconds; keep them out of the default 5 s.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // The build first: the browser tests' setup serves what it built.
    globalSetup: ['tests/helpers/build-site.ts', 'tests/helpers/e2e-setup.ts'],
  },
});
