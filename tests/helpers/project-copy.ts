/**
 * A throwaway copy of the project with the fixture content as its `content/`, for tests that need to break its content and build it for real.
 * The copy has its own `node_modules/` folder whose entries link to the real packages, so Astro's caches
 * (`node_modules/.astro`, `.astro/`) are its own and builds of the copy never race with other builds.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureContent, root } from './build-site.ts';

const copied = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public'];

export function copyProject(prefix = 'partner-site-copy-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of copied) {
    if (existsSync(join(root, name))) cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  // The copy's content is the tests' fixture content, in the place a real project keeps it.
  cpSync(join(root, fixtureContent), join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
