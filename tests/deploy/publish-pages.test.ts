/**
 * `.github/scripts/publish-pages.sh`, the one way anything reaches the `gh-pages` branch, run for real
 * against a local bare Git repository standing for GitHub's: publications at the same moment all land,
 * a closed pull request's preview is never left behind, and an unreadable list of open pull requests
 * removes nothing. Only the list of open pull requests (GitHub's API) is a file here.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { root } from '../helpers/build-site.ts';

const script = join(root, '.github/scripts/publish-pages.sh');
let tmp: string;
let env: Record<string, string>;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** Runs the script in the checkout; resolves with its exit code and output. */
function publish(...args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn('bash', [script, ...args], { cwd: join(tmp, 'checkout'), env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/** A built site: one page saying what it is. */
function site(name: string, text: string): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, '_astro'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
  writeFileSync(join(dir, '_astro', 'app.css'), `/* ${text} */`);
  return dir;
}

const setOpen = (...numbers: number[]) => writeFileSync(join(tmp, 'open'), numbers.map((n) => `${n}\n`).join(''));

/** The published branch, as a fresh clone of the remote sees it. */
function published(): { files: (path: string) => string | undefined; dirs: string[] } {
  const clone = mkdtempSync(join(tmp, 'view-'));
  git(tmp, 'clone', '--quiet', '--branch', 'gh-pages', join(tmp, 'remote.git'), clone);
  const dirs = git(clone, 'ls-tree', '--name-only', 'HEAD').split('\n');
  return {
    files: (path) => (existsSync(join(clone, path)) ? readFileSync(join(clone, path), 'utf8') : undefined),
    dirs,
  };
}

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'publish-pages-'));
  // A home of its own: the script sets git's global safe.directory, which must not touch the machine's.
  env = {
    PATH: process.env.PATH!,
    HOME: tmp,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'test',
    GIT_AUTHOR_EMAIL: 'test@example.org',
    GIT_COMMITTER_NAME: 'test',
    GIT_COMMITTER_EMAIL: 'test@example.org',
    OPEN_PULLS_FILE: join(tmp, 'open'),
    GITHUB_SHA: 'abc123',
  };
  git(tmp, 'init', '--quiet', '--bare', '-b', 'main', 'remote.git');
  git(tmp, 'clone', '--quiet', join(tmp, 'remote.git'), 'checkout');
  writeFileSync(join(tmp, 'checkout', 'README.md'), 'the project\n');
  git(join(tmp, 'checkout'), 'add', '.');
  git(join(tmp, 'checkout'), 'commit', '--quiet', '-m', 'start');
  git(join(tmp, 'checkout'), 'push', '--quiet', 'origin', 'main');
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('publishing to gh-pages', () => {
  it('lands every one of several publications made at the same moment, each in its place', async () => {
    setOpen(1, 2, 3);
    await publish('main', site('first', 'main v1'));
    const results = await Promise.all([
      publish('main', site('main', 'main v2')),
      publish('preview', '1', site('one', 'preview 1')),
      publish('preview', '2', site('two', 'preview 2')),
      publish('preview', '3', site('three', 'preview 3')),
    ]);
    for (const r of results) expect(r.code, r.output).toBe(0);
    // Some of them found the branch moved and tried again on top of it.
    expect(results.some((r) => r.output.includes('trying again'))).toBe(true);
    const view = published();
    expect(view.files('index.html')).toBe('main v2');
    expect(view.files('_astro/app.css')).toBe('/* main v2 */');
    for (const n of [1, 2, 3]) expect(view.files(`pr-${n}/index.html`)).toBe(`preview ${n}`);
    expect(view.files('.nojekyll')).toBe('');
  }, 120_000);

  it('removes a closed pull request’s preview, and sweeps one that a late publication left behind', async () => {
    setOpen(4, 5);
    await publish('preview', '4', site('four', 'preview 4'));
    await publish('preview', '5', site('five', 'preview 5'));
    setOpen(5);
    expect((await publish('remove', '4')).code).toBe(0);
    expect(published().dirs).not.toContain('pr-4');
    // Pull request 5 closes; its removal ran before a publication that was already under way: that
    // publication does not publish it, and removes it.
    setOpen();
    const late = await publish('preview', '5', site('five-late', 'preview 5, late'));
    expect(late.code).toBe(0);
    expect(late.output).toContain('remove the previews of closed #5');
    expect(published().dirs).not.toContain('pr-5');
  }, 60_000);

  it('sweeps closed previews on every main deploy and on its own', async () => {
    setOpen(6, 7, 8);
    for (const n of [6, 7, 8]) await publish('preview', String(n), site(`s${n}`, `preview ${n}`));
    setOpen(7);
    await publish('main', site('main', 'main'));
    let view = published();
    expect(view.dirs.filter((d) => d.startsWith('pr-'))).toEqual(['pr-7']);
    expect(view.files('index.html')).toBe('main');
    setOpen();
    expect((await publish('sweep')).code).toBe(0);
    view = published();
    expect(view.dirs.filter((d) => d.startsWith('pr-'))).toEqual([]);
    expect(view.files('index.html')).toBe('main');
  }, 60_000);

  it('removes nothing when the open pull requests cannot be read, and still publishes', async () => {
    setOpen(9);
    await publish('preview', '9', site('nine', 'preview 9'));
    rmSync(join(tmp, 'open'));
    const run = await publish('main', site('main', 'main'));
    expect(run.code).toBe(0);
    expect(run.output).toContain('Could not list the open pull requests');
    const view = published();
    expect(view.files('pr-9/index.html')).toBe('preview 9');
    expect(view.files('index.html')).toBe('main');
  }, 60_000);
});
