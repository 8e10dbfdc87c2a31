import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under a folder, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/**
 * The project's own cache folder (or a folder in it), under `node_modules/` so that `npm ci` starts it
 * afresh: what is kept there from run to run can always be made again.
 */
export const cacheFolder = (root: string, ...names: string[]) =>
  join(root, 'node_modules/.cache/partner-cities', ...names);

/**
 * Writes a file whole or not at all: under a temporary name, then renamed into place, so a process
 * running beside (a second build, a test) never reads half of it.
 */
export function writeWhole(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/**
 * Removes a folder and everything in it, if it is there. Its entries are removed side by side: removing
 * thousands of files is kernel work, and this way both cores do it (a built site goes twice as fast).
 */
export async function removeFolder(path: string): Promise<void> {
  let entries: string[];
  try {
    entries = readdirSync(path);
  } catch {
    return;
  }
  await Promise.all(entries.map((entry) => rm(join(path, entry), { recursive: true, force: true })));
  rmSync(path, { recursive: true, force: true });
}
