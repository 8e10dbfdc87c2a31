/**
 * `npm run build`: checks the content and builds the site, without ever leaving a half-written or
 * emptied `dist/`.
 *
 * Two processes start together: the content check (`npm run check`, on the second core) and Astro. The
 * check is the editors' safety net; if it finds a problem, Astro is stopped and the check's report, in
 * Polish and English, is what the editor sees, even when Astro tripped over the same mistake first.
 *
 * Astro empties its output folder when a build starts, so it builds into `.dist-next/` beside `dist/`;
 * only when both the check and the build have succeeded is the previous `dist/` moved aside and the new
 * one renamed into place (two renames on the same disk, so `dist/` is missing for an instant at most,
 * never half full). A failed build removes `.dist-next/` and leaves `dist/` exactly as it was.
 *
 * Extra arguments go to `astro build` (e.g. `npm run build -- --site https://preview.example.org`).
 * `CONTENT_CHECK=skip` builds without the check (the tests use it to prove the renderer's guard alone).
 *
 * `--production` (`npm run build:production`, what the deployment runs) builds the live site: it first
 * refuses, loudly and before anything is built, while the town office has not confirmed every fact of
 * the configuration (`src/config/unconfirmed.ts`), so the live site never states an unconfirmed fact.
 * Without it (a local build, a preview) such facts are built with a visible "to be confirmed" mark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { contentStopped, startContentCheck } from '../features/check/child-process.ts';
import { allUnconfirmedFacts } from '../config/unconfirmed.ts';
import { productionRefusal } from '../model/confirmation.ts';
import { isProductionBuild, publishTargetVariable } from '../blocks/publish-target.ts';
import { removeFolder } from '../blocks/files.ts';

const root = resolve('.');
const dist = join(root, 'dist');
const next = join(root, '.dist-next');
const previous = join(root, '.dist-previous');
const astroBin = createRequire(join(root, 'package.json'))
  .resolve('astro/package.json')
  .replace(/package\.json$/, 'bin/astro.mjs');
const skipCheck = process.env.CONTENT_CHECK === 'skip';
const production = process.argv.includes('--production') || isProductionBuild();
const astroArgs = process.argv.slice(2).filter((arg) => arg !== '--production');

if (production) {
  const refusal = productionRefusal(allUnconfirmedFacts());
  if (refusal) {
    console.error(
      `\n${refusal}\n\nBudowanie produkcyjne przerwane; dist/ zostało bez zmian. / The production build was stopped; dist/ was left as it was.`,
    );
    process.exit(2);
  }
}

/** Resolves with the exit code (a signal counts as failure). */
const exited = (child: ChildProcess) => new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));

// Leftovers of an interrupted run.
await Promise.all([removeFolder(next), removeFolder(previous)]);

const check = skipCheck ? undefined : startContentCheck(root);

const astro = spawn(process.execPath, [astroBin, 'build', '--outDir', next, ...astroArgs], {
  cwd: root,
  stdio: 'inherit',
  // The integration leaves the check to this script (see src/integrations/check-during-build.ts).
  env: {
    ASTRO_TELEMETRY_DISABLED: '1',
    ...process.env,
    CONTENT_CHECK: skipCheck ? 'skip' : 'beside',
    ...(production ? { [publishTargetVariable]: 'production' } : {}),
  },
});

const checked = check ? check.done : Promise.resolve({ code: 0, report: '' });
// Bad content stops Astro at once: its result would not be published anyway.
void checked.then(({ code }) => {
  if (code !== 0) astro.kill();
});
const [{ code: checkCode, report }, astroCode] = await Promise.all([checked, exited(astro)]);

if (checkCode !== 0 || astroCode !== 0) {
  await removeFolder(next);
  if (checkCode !== 0) {
    console.error(`\n${report}\n\n${contentStopped}`);
  }
  console.error(`\nBudowanie nie powiodło się; dist/ zostało bez zmian. / The build failed; dist/ was left as it was.`);
  process.exit(checkCode || astroCode);
}

if (!skipCheck) console.log('Treść sprawdzona: bez błędów. / Content checked: no problems.');
if (existsSync(dist)) renameSync(dist, previous);
renameSync(next, dist);
await removeFolder(previous);
console.log(`\nStrona zbudowana w dist/. / The site is built in dist/.`);
