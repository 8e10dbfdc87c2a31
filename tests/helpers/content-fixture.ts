/**
 * Fixture content for the checker's tests: a copy of the tests' content (as `content/`) in a temp folder, which a test
 * then breaks in one place. The checker under test is the real one, reading real files.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContentDir } from '../../src/features/check/index.ts';
import { fixtureContent, root } from './build-site.ts';
import { homeTown } from '../../src/config/home-town.ts';

export interface Fixture {
  dir: string;
  /** Reads a file of the fixture, by its path from the project root (`content/partners/riom/index.pl.md`). */
  read(path: string): string;
  write(path: string, text: string | Uint8Array): void;
  /** Replaces one exact piece of text in a file; fails if it is not there (so a test cannot go stale). */
  edit(path: string, from: string, to: string): void;
  remove(path: string): void;
  check(): ReturnType<typeof checkContentDir>;
  /** 1-based line of the first line containing `text` in a file. */
  lineOf(path: string, text: string): number;
  dispose(): void;
}

export function contentFixture(): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'partner-content-'));
  cpSync(join(root, fixtureContent), join(dir, 'content'), { recursive: true });
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');
  return {
    dir,
    read,
    write: (path, text) => writeFileSync(join(dir, path), text),
    edit(path, from, to) {
      const text = read(path);
      if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
      writeFileSync(join(dir, path), text.replace(from, to));
    },
    remove: (path) => rmSync(join(dir, path), { recursive: true }),
    check: () => checkContentDir(dir, { town: homeTown }),
    lineOf(path, text) {
      const index = read(path)
        .split('\n')
        .findIndex((line) => line.includes(text));
      if (index < 0) throw new Error(`${path} has no line with ${JSON.stringify(text)}`);
      return index + 1;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
