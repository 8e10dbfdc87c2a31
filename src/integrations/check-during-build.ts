import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentStopped, startContentCheck, type ContentCheckRun } from '../features/check/child-process.ts';
import { contentDir } from '../model/layout.ts';
import type { CheckReport } from '../features/check/index.ts';

/**
 * The check itself, for `astro dev`: loaded only there, so a build (where the check runs in its own
 * process) does not load the whole check, its schemas, lint rules and country outlines, into Astro.
 */
const checkModules = async () => {
  const [{ checkSiteContent }, { formatReport }, { isPageRequest, serveReport }] = await Promise.all([
    import('../config/check.ts'),
    import('../features/check/index.ts'),
    import('./dev-report.ts'),
  ]);
  return { checkSiteContent, formatReport, isPageRequest, serveReport };
};

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
 * the report is printed and served in place of every page until the content is mended. `CONTENT_CHECK=skip` turns the check off (the tests
 * use it to prove the renderer's guard on its own).
 */
export function contentCheck(): AstroIntegration {
  let background: ContentCheckRun['done'] | undefined;
  /** In `astro dev`: the latest report, kept up to date as content files change. */
  let live: CheckReport | undefined;
  let dev: Awaited<ReturnType<typeof checkModules>> | undefined;
  let root = '';
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
        root = fileURLToPath(config.root);
        if (command === 'dev') {
          dev = await checkModules();
          live = await dev.checkSiteContent(root);
          if (live.problems.length > 0) logger.error(`\n${dev.formatReport(live)}`);
          return;
        }
        if (process.env.CONTENT_CHECK === 'beside') return;
        logger.info('the content check runs beside the build.');
        const run = startContentCheck(root);
        // Not left running if Astro stops first (on its own error).
        process.on('exit', () => run.child.kill());
        background = run.done;
      },
      // The preview tells the truth: while the content has a mistake every page is the report, and the
      // report is printed again on each change; once mended, the pages come back without a restart.
      'astro:server:setup': ({ server, logger }) => {
        if (!live || !dev) return;
        const { checkSiteContent, formatReport, isPageRequest, serveReport } = dev;
        const folder = join(root, contentDir());
        let timer: NodeJS.Timeout | undefined;
        const recheck = async () => {
          const was = live!.problems.length;
          live = await checkSiteContent(root);
          if (live.problems.length > 0) logger.error(`\n${formatReport(live)}`);
          else if (was > 0) {
            logger.info('Treść poprawiona: strony wracają. / Content fixed: the pages are back.');
            server.moduleGraph.invalidateAll();
          }
        };
        server.watcher.add(folder);
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(folder)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void recheck().catch((error: unknown) => logger.error(String(error))), 150);
        });
        server.middlewares.use((req, res, next) => {
          if (live && live.problems.length > 0 && isPageRequest(req)) serveReport(res, live);
          else next();
        });
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
