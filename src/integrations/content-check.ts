import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentStopped, startContentCheck, type ContentCheckRun } from '../cli/check-process';
import { contentDir } from '../config/content';
import { checkContentDir, formatReport } from '../lib/content-check';

/** The error that stops a build: the report is the whole story, a stack trace would only bury it. */
function contentError(report: string): Error {
  const error = new Error(`\n\n${report}\n\n${contentStopped}`);
  error.stack = error.message;
  error.name = 'ContentError';
  return error;
}

/**
 * Runs `npm run check` on every build, so bad content fails the build with the same plain Polish and
 * English report instead of Astro's zod dump (or, for an unquoted impossible date that YAML silently
 * rolls over, instead of a wrong date on the page).
 *
 * `npm run build` runs the check itself, beside Astro, and says so with `CONTENT_CHECK=beside`: it stops
 * Astro on a problem and shows the report even when Astro tripped first (see src/cli/build.ts). For a
 * bare `astro build`, the check runs here in a child process (on the other core) and the build waits for
 * it when the pages are written, before any other step; Astro's own error may come first. In `astro dev`
 * the report is printed and the server keeps going. `CONTENT_CHECK=skip` turns the check off (the tests
 * use it to prove the renderer's guard on its own).
 */
export function contentCheck(): AstroIntegration {
  let background: ContentCheckRun['done'] | undefined;
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        if (process.env.CONTENT_CHECK === 'skip') {
          // For tests of the renderer's own guard; never set in CI.
          logger.warn('CONTENT_CHECK=skip: content is not checked in this build.');
          return;
        }
        const root = fileURLToPath(config.root);
        if (command === 'dev') {
          const report = await checkContentDir(root, contentDir());
          if (report.problems.length > 0) logger.warn(`\n${formatReport(report)}`);
          return;
        }
        if (process.env.CONTENT_CHECK === 'beside') return;
        logger.info('the content check runs beside the build.');
        const run = startContentCheck(root);
        // Not left running if Astro stops first (on its own error).
        process.on('exit', () => run.child.kill());
        background = run.done;
      },
      'astro:build:done': async ({ logger }) => {
        if (!background) return;
        const { code, report } = await background;
        if (code !== 0) throw contentError(report);
        logger.info('content checked: no problems.');
      },
    },
  };
}
