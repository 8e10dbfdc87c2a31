import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { buildSite, holdingLock } from './build-site.ts';

/**
 * A build of the fixture content with other settings (a preview's address, say), made once in a test run
 * by whichever test file asks first, whatever its project, and read by the others: a build is the
 * suite's costliest step. Removed with the run's shared build. Read-only for its readers.
 */
export function sharedBuild(env: Record<string, string>): string {
  const settings = JSON.stringify(Object.entries(env).sort(([a], [b]) => a.localeCompare(b)));
  const folder = join(inject('variantsDir'), createHash('sha256').update(settings).digest('hex').slice(0, 16));
  const dist = join(folder, 'dist');
  return holdingLock(`${folder}.lock`, () => {
    if (existsSync(join(folder, 'complete'))) return dist;
    buildSite(dist, env);
    writeFileSync(join(folder, 'complete'), settings);
    return dist;
  });
}
