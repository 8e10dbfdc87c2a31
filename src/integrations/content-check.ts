import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentDir, formatReport } from '../lib/content-check';

/**
 * Runs `npm run check` at the start of every build, so a build with bad content fails with the same
 * plain Polish and English report instead of Astro's zod dump (or, for an unquoted impossible date that
 * YAML silently rolls over, instead of a wrong date on the page). In `astro dev` the report is printed
 * and the server keeps running, so editors see it while previewing. `CONTENT_CHECK=skip` turns it off
 * (the tests use it to prove that the renderer's guard holds on its own).
 */
export function contentCheck(): AstroIntegration {
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
        const report = await checkContentDir(fileURLToPath(config.root));
        if (report.problems.length === 0) {
          logger.info(`${report.files} content files checked: no problems.`);
          return;
        }
        const text = formatReport(report);
        if (command === 'dev') {
          logger.warn(`\n${text}`);
          return;
        }
        const error = new Error(
          `\n\n${text}\n\nBudowanie przerwane z powodu błędów w treści. / Build stopped: the content has problems.`,
        );
        // The report is the whole story: a stack trace into the checker would only bury it.
        error.stack = error.message;
        error.name = 'ContentError';
        throw error;
      },
    },
  };
}
