/**
 * What a pull request changed, read from a real Git repository: `git diff -z --name-status` as the
 * workflow runs it, paths with Polish and other non-ASCII letters included; and which tests the change
 * needs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testScope } from '../../src/features/pull-request/scope.ts';
import { editorFolders } from '../../src/config/cms.ts';
import {
  testsParts,
  testsResult,
  withTestsParts,
  type VitestJson,
} from '../../src/features/pull-request/tests-report.ts';
import { parseNameStatus, touchedPages } from '../../src/features/pull-request/touched-pages.ts';

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH!,
      HOME: repo,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
    },
  });
const write = (path: string, text = path) => {
  mkdirSync(join(repo, dirname(path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'pr-changes-'));
  git('init', '--quiet', '-b', 'main');
  write('content/partners/riom/index.pl.md');
  write('content/partners/adur/index.pl.md');
  write('src/pages/index.astro');
  git('add', '.');
  git('commit', '--quiet', '-m', 'base');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('the changed files, from git diff -z --name-status', () => {
  it('reads paths with Polish and other non-ASCII letters as they are named, renames included', () => {
    const base = git('rev-parse', 'HEAD').trim();
    write('content/partners/gödöllő/index.pl.md');
    write('content/partners/riom/zdjęcie-żółć.jpg', 'jpeg');
    git('mv', 'content/partners/adur/index.pl.md', 'content/partners/adur/index.pl.md.old');
    git('add', '.');
    git('commit', '--quiet', '-m', 'change');
    // Git's own default quotes such a path: what the workflow used to read.
    expect(git('diff', '--name-status', base, 'HEAD')).toContain(
      '"content/partners/g\\303\\266d\\303\\266ll\\305\\221/',
    );
    const files = parseNameStatus(git('diff', '-z', '--name-status', base, 'HEAD'));
    expect(files).toContainEqual({ status: 'A', path: 'content/partners/gödöllő/index.pl.md' });
    expect(files).toContainEqual({ status: 'A', path: 'content/partners/riom/zdjęcie-żółć.jpg' });
    expect(files).toContainEqual({
      status: 'R',
      from: 'content/partners/adur/index.pl.md',
      path: 'content/partners/adur/index.pl.md.old',
    });
    const touched = touchedPages(files, '/repo/pr-1/');
    const paths = touched.pages.map((p) => p.paths.pl);
    expect(paths).toContain(`/repo/pr-1/miasta/${encodeURIComponent('gödöllő')}/`);
    expect(paths).toContain('/repo/pr-1/miasta/riom/');
    expect(testScope(files, editorFolders)).toBe('content');
  });
});

describe('which tests a change needs', () => {
  it('the live content’s for the editors’ files alone, every test for anything else', () => {
    expect(editorFolders).toEqual(['content/', 'public/images/']);
    const scope = (...lines: string[]) => testScope(parseNameStatus(lines.join('\n')), editorFolders);
    expect(scope('M\tcontent/partners/riom/index.pl.md', 'A\tpublic/images/plakat.jpg')).toBe('content');
    expect(scope('D\tcontent/partners/riom/index.en.md')).toBe('content');
    expect(scope('M\tcontent/partners/riom/index.pl.md', 'M\tsrc/pages/index.astro')).toBe('all');
    expect(scope('M\tpublic/favicon.svg')).toBe('all');
    expect(scope('M\tcontentious.ts')).toBe('all');
    expect(scope('M\tREADME.md')).toBe('all');
    // A file moved into the content from elsewhere leaves the code without it.
    expect(scope('R100\tsrc/data/x.ts\tcontent/x.ts')).toBe('all');
    expect(scope()).toBe('all');
  });
});

describe('the tests’ line in the comment', () => {
  const report = (failures: [string, string[]][], success = failures.length === 0): VitestJson => ({
    numTotalTests: 10,
    numPassedTests: 10 - failures.flatMap(([, t]) => t).length,
    numFailedTests: failures.flatMap(([, t]) => t).length,
    success,
    testResults: failures.map(([name, tests]) => ({
      name: `/work/repo/${name}`,
      status: 'failed',
      assertionResults: tests.map((fullName) => ({ fullName, status: 'failed' })),
    })),
  });

  it('names each failing test by file and full name, in both languages, and a file that failed as a whole', () => {
    const result = testsResult(
      report([
        ['tests/e2e/live-content.test.ts', ['the live content passes the content check']],
        ['tests/e2e/cms.test.ts', []],
      ]),
      'content',
      '/work/repo',
    );
    expect(result).toEqual({
      state: 'failed',
      scope: 'content',
      failed: ['tests/e2e/live-content.test.ts › the live content passes the content check', 'tests/e2e/cms.test.ts'],
    });
    const { pl, en } = testsParts(result);
    expect(pl).toContain('2 testy nie przeszły');
    expect(pl).toContain('`tests/e2e/live-content.test.ts › the live content passes the content check`');
    expect(en).toContain('2 tests failed');
    expect(en).toContain('`tests/e2e/cms.test.ts`');
  });

  it('says passed with the count, or no result when the report is missing or failed without a name', () => {
    expect(testsParts(testsResult(report([]), 'all')).pl).toContain('✓ przeszły (10 testów)');
    expect(testsParts(testsResult(report([]), 'all')).en).toContain('✓ passed (10 tests)');
    expect(testsResult(undefined, 'all')).toEqual({ state: 'no-result', scope: 'all' });
    expect(testsResult(report([], false), 'all').state).toBe('no-result');
  });

  it('replaces only the text between its markers, and leaves a comment without them alone', () => {
    const running = testsParts({ state: 'running', scope: 'all' });
    const comment = `head\n\n${running.pl}\n\n---\n\n${running.en}\n\ntail`;
    const done = testsParts({ state: 'passed', scope: 'all', count: 3 });
    expect(withTestsParts(comment, done)).toBe(`head\n\n${done.pl}\n\n---\n\n${done.en}\n\ntail`);
    expect(withTestsParts('no markers here', done)).toBe('no markers here');
  });
});
