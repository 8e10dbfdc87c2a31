/**
 * `npm run build` on a copy of the project: a good build, a build with a translation missing, a build
 * that fails on bad content (the previous dist/ must stay byte for byte), and a build with the check
 * switched off (the renderer's guard must still keep hostile markup off the page, and the data loaders must
 * still refuse records that contradict each other), and the pull request report of a build that failed in
 * the code. Steps run in order.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/config/ui.ts';
import { listFiles, readPage } from '../helpers/html.ts';
import { cleanEnv, fixtureContent, root } from '../helpers/build-site.ts';
import { copyProject } from '../helpers/project-copy.ts';

const project = copyProject();
const { dir } = project;
afterAll(() => project.remove());

const dist = join(dir, 'dist');

/** `npm run build` / `npm run check` in the copy (the scripts' command lines, run without npm). */
function run(script: 'build' | 'check', env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [`src/cli/${script}.ts`], {
    cwd: dir,
    env: cleanEnv(env, dir),
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file of a folder with the hash of its bytes. */
function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(folder).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(folder, f)))
        .digest('hex'),
    ]),
  );
}

function edit(path: string, from: string, to: string) {
  const text = readFileSync(join(dir, path), 'utf8');
  if (!text.includes(from)) throw new Error(`${path} does not contain ${from}`);
  writeFileSync(join(dir, path), text.replace(from, to));
}

describe('npm run build', () => {
  let afterFallback: Record<string, string>;

  it('builds the site into dist/ and leaves no temporary folder', () => {
    const build = run('build');
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(existsSync(join(dir, '.dist-next'))).toBe(false);
    expect(existsSync(join(dir, '.dist-previous'))).toBe(false);
  });

  it('with an English text left empty (as Decap CMS writes a language not filled in): check lists the coverage, the English page shows the Polish text marked lang="pl" with a notice', () => {
    writeFileSync(join(dir, 'content/partners/szczytno/index.en.md'), '\n');
    const check = run('check');
    expect(check.status, check.output).toBe(0);
    expect(check.output).toMatch(/szczytno\s+pl ✓\s+en –/);

    const build = run('build');
    expect(build.status, build.output).toBe(0);
    const en = readPage(dist, 'en/towns/szczytno/');
    expect(en.querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(en.querySelector('.notice')!.textContent.trim()).toBe(dictionaries.en.untranslated);
    const prose = en.querySelector('.prose')!;
    expect(prose.getAttribute('lang')).toBe('pl');
    const polish = readPage(dist, 'miasta/szczytno/').querySelector('.prose')!;
    expect(prose.innerHTML).toBe(polish.innerHTML);
    // The Polish page itself is not a fallback, and the other English pages are translated.
    expect(readPage(dist, 'miasta/szczytno/').querySelector('.notice')).toBeNull();
    expect(readPage(dist, 'en/towns/riom/').querySelector('.notice')).toBeNull();
    afterFallback = snapshot(dist);
  });

  it("fails on bad content with the checker's report, and leaves the previous dist/ byte for byte", () => {
    edit('content/partners/riom/index.pl.md', 'date: 1996-06-15', 'date: 15.06.1996');
    edit('content/partners/cadca/index.en.md', '## History', '<script>alert(1)</script>\n\n## History');
    const build = run('build');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/partners/riom/index.pl.md');
    expect(build.output).toContain('events[1].date');
    expect(build.output).toContain('15.06.1996');
    expect(build.output).toContain('nie jest datą w wymaganej postaci');
    expect(build.output).toContain('is not a date in the required form');
    expect(build.output).toMatch(/content\/partners\/cadca\/index\.en\.md:\d+:1/);
    expect(build.output).toContain('The build failed; dist/ was left as it was.');
    expect(snapshot(dist)).toEqual(afterFallback);
    expect(existsSync(join(dir, '.dist-next'))).toBe(false);
  });

  it('with the check switched off, still keeps raw HTML and script links off the page', () => {
    edit('content/partners/riom/index.pl.md', 'date: 15.06.1996', 'date: 1996-06-15');
    edit(
      'content/partners/cadca/index.en.md',
      '- sharing experience',
      '- sharing [experience](javascript:alert(2)) <b onclick="x">now</b>',
    );
    const build = run('build', { CONTENT_CHECK: 'skip' });
    expect(build.status, build.output).toBe(0);
    const html = readFileSync(join(dist, 'en/towns/cadca/index.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const prose = readPage(dist, 'en/towns/cadca/').querySelector('.prose')!;
    expect(prose.querySelectorAll('script, b')).toEqual([]);
    const attributes = prose.querySelectorAll('*').flatMap((el) => Object.entries(el.attributes));
    expect(attributes.filter(([name, value]) => /^on/i.test(name) || /javascript:/i.test(value))).toEqual([]);
    // What the editor wrote is still there, as text.
    expect(prose.textContent).toContain('sharing experience <b onclick="x">now</b>');
  });

  it('with only Markdown problems (found by the check running beside the build), fails and keeps dist/', () => {
    // The frontmatter is right again; what is left is the hostile markup of the previous step.
    const before = snapshot(dist);
    const build = run('build');
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/content\/partners\/cadca\/index\.en\.md:\d+:1/);
    expect(build.output).toContain('<script>alert(1)</script>');
    expect(build.output).toContain('javascript:');
    expect(build.output).toContain('The build failed; dist/ was left as it was.');
    expect(snapshot(dist)).toEqual(before);
    expect(existsSync(join(dir, '.dist-next'))).toBe(false);
  });
});

describe('a build with the check switched off', () => {
  it('still refuses records that contradict each other, with the check’s own messages', () => {
    cpSync(join(root, fixtureContent), join(dir, 'content'), { recursive: true });
    edit('content/partners/cadca/index.en.md', '- id: euroregion\n', '- id: euroregon\n');
    const check = run('check');
    expect(check.status).not.toBe(0);
    // The check's problem: the Polish and English lines below its heading (file, field, code).
    const lines = check.output.split('\n');
    const at = lines.findIndex((l) => l.includes('kod / code: unknown-event'));
    expect(at, check.output).toBeGreaterThanOrEqual(0);
    const messages = lines.slice(at + 1, at + 3);
    expect(messages.join('\n')).toContain('euroregon');
    const build = run('build', { CONTENT_CHECK: 'skip' });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/partners/cadca/index.en.md  ·  pole / field: events[2].id');
    for (const line of messages) expect(build.output).toContain(line.trim());
    expect(build.output).toContain('The build failed; dist/ was left as it was.');
  });
});

describe('the pull request report of a build that failed after a clean check', () => {
  it('quotes Astro’s own error, in Polish and English, and offers no preview', () => {
    // Valid content again, and a mistake in the code instead: the kind of failure the check cannot see.
    cpSync(join(root, fixtureContent), join(dir, 'content'), { recursive: true });
    edit('src/components/TimelinePage.astro', '---\n', "---\nthrow new Error('timeline-broke-here');\n");
    const check = spawnSync(process.execPath, ['src/cli/check.ts', '--json', 'check.json'], {
      cwd: dir,
      env: cleanEnv({}, dir),
      encoding: 'utf8',
    });
    expect(check.status, check.stdout).toBe(0);
    const build = run('build');
    expect(build.status).not.toBe(0);
    writeFileSync(join(dir, 'build.log'), build.output);
    writeFileSync(join(dir, 'changed.txt'), 'M\tsrc/components/TimelinePage.astro\n');
    const report = spawnSync(
      process.execPath,
      [
        'src/cli/pr-report.ts',
        ...['--changed', 'changed.txt', '--base', '/site/pr-3/', '--check', 'check.json'],
        ...['--build-log', 'build.log', '--build-failed', '--preview', 'https://town.example/site/pr-3/'],
        ...['--summary', 'summary.md', '--comment', 'comment.md'],
      ],
      { cwd: dir, env: cleanEnv({}, dir), encoding: 'utf8' },
    );
    expect(report.status, report.stderr).toBe(0);
    const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(readFileSync(join(dir, 'comment.md'), 'utf8')).toBe(summary);
    const [pl, en] = summary.split('\n---\n');
    for (const half of [pl!, en!]) expect(half).toContain('timeline-broke-here');
    expect(pl).toContain('Błąd budowania');
    expect(pl).toContain('Brak podglądu');
    expect(pl).toContain('Bez błędów');
    expect(en).toContain('Build error');
    expect(en).toContain('any page may look different');
    expect(summary).not.toContain('https://town.example/site/pr-3/');
  });
});
