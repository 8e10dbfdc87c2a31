import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentDir, formatReport } from '../lib/content-check';

/** The error that stops a build: the report is the whole story, a stack trace would only bury it. */
function contentError(report: string): Error {
  const error = new Error(
    `\n\n${report}\n\nBudowanie przerwane z powodu błędów w treści. / Build stopped: the content has problems.`,
  );
  error.stack = error.message;
  error.name = 'ContentError';
  return error;
}

/** `npm run check` in a child process (on the other core), resolving to its exit code and report. */
function fullCheckInBackground(root: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--experimental-strip-types', '--import', './src/cli/resolve-ts.ts', join('src', 'cli', 'check.ts'), root],
      { cwd: root, env: { ...process.env, GITHUB_ACTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: output.trim() }));
    // Not left running if Astro stops first (on its own error).
    process.on('exit', () => child.kill());
  });
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
  let background: ReturnType<typeof fullCheckInBackground> | undefined;
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
          const report = await checkContentDir(root);
          if (report.problems.length > 0) logger.warn(`\n${formatReport(report)}`);
          return;
        }
        if (process.env.CONTENT_CHECK === 'beside') return;
        logger.info('the content check runs beside the build.');
        background = fullCheckInBackground(root);
      },
      'astro:build:done': async ({ logger }) => {
        if (!background) return;
        const { status, output } = await background;
        if (status !== 0) throw contentError(output);
        logger.info('content checked: no problems.');
      },
    },
  };
}
