/**
 * `npm run check` runs from a bundle of the check (`src/cli/bundled.ts`): it must say what the sources say,
 * be made again as soon as any source changes, and never stand between a maintainer and Node's own error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorWords } from '../../src/i18n/editors/index.ts';
import { cleanEnv } from '../helpers/build-site.ts';
import { copyProject } from '../helpers/project-copy.ts';

let copy: ReturnType<typeof copyProject>;
beforeAll(() => {
  copy = copyProject('partner-site-bundled-');
});
afterAll(() => copy?.remove());

const bundleFile = () => join(copy.dir, 'node_modules/.cache/partner-cities/check.mjs');

/** `npm run check`'s command line, in the copy. */
function check(...args: string[]) {
  const run = spawnSync(process.execPath, ['src/cli/bundled.ts', 'check.ts', ...args], {
    cwd: copy.dir,
    env: cleanEnv({}, copy.dir),
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** The check run straight from its sources, as before the bundle. */
function checkFromSources(...args: string[]) {
  const run = spawnSync(process.execPath, ['src/cli/check.ts', ...args], {
    cwd: copy.dir,
    env: cleanEnv({}, copy.dir),
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the check run from its bundle', () => {
  it('says exactly what the sources say, and exits alike, on valid and on broken content', () => {
    const valid = check();
    expect(existsSync(bundleFile())).toBe(true);
    expect(valid).toEqual(checkFromSources());
    expect(valid.status).toBe(0);

    const riom = join(copy.dir, 'content/partners/riom/index.pl.md');
    const original = readFileSync(riom, 'utf8');
    writeFileSync(riom, original.replace(/^country: .*$/m, 'country: XX'));
    try {
      const broken = check();
      expect(broken.status).toBe(1);
      expect(broken).toEqual(checkFromSources());
    } finally {
      writeFileSync(riom, original);
    }
  });

  it('is made again when a source changes, and the change shows at once', () => {
    check();
    const before = statSync(bundleFile()).mtimeMs;
    // Nothing changed: the same bundle serves.
    check();
    expect(statSync(bundleFile()).mtimeMs).toBe(before);

    const words = join(copy.dir, 'src/i18n/editors/pl.ts');
    const original = readFileSync(words, 'utf8');
    const said = editorWords.pl.check.valid(1).replace(/\s*\(.*$/, '');
    expect(original).toContain(said.replace(/^✓ /, ''));
    writeFileSync(words, original.replace(said.replace(/^✓ /, ''), 'Wszystko w porządku'));
    try {
      const after = check();
      expect(after.output).toContain('Wszystko w porządku');
      expect(after.output).not.toContain(said);
    } finally {
      writeFileSync(words, original);
    }
    expect(check().output).toContain(said);
  });

  it('runs from the sources when the bundle cannot be made, so Node names the broken file', () => {
    const file = join(copy.dir, 'src/features/check/report.ts');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}\nexport const broken = ;\n`);
    try {
      const run = check();
      expect(run.status).not.toBe(0);
      expect(run.output).toContain('src/features/check/report.ts');
    } finally {
      writeFileSync(file, original);
    }
    expect(check().status).toBe(0);
  });
});
