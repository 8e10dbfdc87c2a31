import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirst from './sequencer.ts';

const root = new URL('..', import.meta.url).pathname;
/** The tests over the live content: all a pull request changing only the editors' files runs. */
const liveContent = 'tests/e2e/live-content.test.ts';

/**
 * Four layers, each runnable alone (`npm test -- --project unit`): unit tests need no build and no
 * browser; deployment tests run the server's scripts and nginx on small sites of their own; build tests run on a real build of the fixture content; browser tests open that build in
 * Chromium (the two share one build, made once by the first of their global setups); `live` builds the
 * editors' live `content/` and checks it in Chromium too, the only tests a change of the content alone can fail.
 */
export default defineConfig({
  test: {
    root,
    // Builds of the real site take seconds, and minutes on a machine busy with other work: these limits
    // only stop a test that hangs.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Vitest's default is one worker fewer than the cores: one file at a time on a 2-core machine. Two,
    // not more: with three, the CPU is so busy that decap-server's 3-second lock times out mid-save
    // (HTTP 500) in the CMS's browser tests.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        // One module registry per worker rather than per file: the unit tests load the same modules (zod
        // schemas, the check, the CMS configuration) and change none of their state.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      // Publishing: GitHub Pages' branch, the town's server and its sign-in relay; real nginx, real scripts,
      // small sites.
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
