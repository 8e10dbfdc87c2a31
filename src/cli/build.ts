/**
 * `npm run build`: builds the site without ever leaving a half-written or emptied `dist/`. Astro empties
 * its output folder when a build starts, so it builds into `.dist-next/` beside it; only when the build
 * has succeeded is the previous `dist/` moved aside and the new one renamed into place (two renames on
 * the same disk, so `dist/` is missing for an instant at most, never half full). A failed build removes
 * `.dist-next/` and leaves `dist/` exactly as it was.
 *
 * Extra arguments go to `astro build` (e.g. `npm run build -- --site https://preview.example.org`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve('.');
const dist = join(root, 'dist');
const next = join(root, '.dist-next');
const previous = join(root, '.dist-previous');
const astro = createRequire(join(root, 'package.json'))
  .resolve('astro/package.json')
  .replace(/package\.json$/, 'bin/astro.mjs');

// Leftovers of an interrupted run.
rmSync(next, { recursive: true, force: true });
rmSync(previous, { recursive: true, force: true });

const result = spawnSync(process.execPath, [astro, 'build', '--outDir', next, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
});

if (result.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nBudowanie nie powiodło się; dist/ zostało bez zmian. / The build failed; dist/ was left as it was.`);
  process.exit(result.status ?? 1);
}

if (existsSync(dist)) renameSync(dist, previous);
renameSync(next, dist);
rmSync(previous, { recursive: true, force: true });
console.log(`\nStrona zbudowana w dist/. / The site is built in dist/.`);
