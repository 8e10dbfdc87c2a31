import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;
/** The tests over the live content: all a pull request changing only the editors' files runs. */
const liveContent = 'tests/e2e/live-content.test.ts';

/**
 * Four layers, each runnable alone (`npm test -- --project unit`): unit tests need no build and no
 * browser; build tests run on a real build of the fixture content; browser tests open that build in
 * Chromium (each of these two builds the site once, in its global setup); `live` builds the editors' live
 * `content/` and checks it in Chromium too, the only tests a change of the content alone can fail.
 */
export default defineConfig({
  test: {
    root,
    // Builds of the real site take seconds; keep them out of the default 5 s.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/helpers/build-site.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: [liveContent],
          // The build first: the browser tests' setup serves what it built.
          globalSetup: ['tests/helpers/build-site.ts', 'tests/helpers/e2e-setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'live', include: [liveContent], globalSetup: ['tests/helpers/browser-setup.ts'] },
      },
    ],
  },
});
