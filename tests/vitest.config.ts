import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

/**
 * Four layers, each runnable alone (`npm test -- --project unit`): unit tests need no build and no
 * browser; deployment tests run the server's scripts and nginx on small sites of their own; build tests run on a real build of the fixture content; browser tests open that build in
 * Chromium. Each of the last two builds the site once, in its global setup.
 */
export default defineConfig({
  test: {
    root,
    // Builds of the real site take seconds; keep them out of the default 5 s.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The deployment on the town's server and its sign-in relay: real nginx, real scripts, small sites.
      { extends: true, test: { name: 'deploy', include: ['tests/deploy/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/helpers/build-site.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // The build first: the browser tests' setup serves what it built.
          globalSetup: ['tests/helpers/build-site.ts', 'tests/helpers/e2e-setup.ts'],
        },
      },
    ],
  },
});
