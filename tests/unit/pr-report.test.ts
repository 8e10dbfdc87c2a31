import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accessibility, accessibilityWarnings } from '../../src/config/accessibility.ts';
import type { CheckReport } from '../../src/features/check/index.ts';
import {
  commentLimit,
  pullRequestComment,
  pullRequestReport,
  reportMarker,
} from '../../src/features/pull-request/report.ts';
import { parseNameStatus, touchedPages } from '../../src/features/pull-request/touched-pages.ts';
import { contentFixture, type Fixture } from '../helpers/content-fixture.ts';

const base = '/partner-cities/pr-12/';
const preview = { url: `https://town.github.io${base}` };
const changed = parseNameStatus(
  [
    'M\tcontent/partners/riom/index.en.md',
    'A\tcontent/partners/nowe/index.pl.md',
    'D\tcontent/partners/adur/index.pl.md',
    'D\tcontent/partners/adur/index.en.md',
    'M\tcontent/pages/en/home.md',
    'M\tcontent/README.md',
  ].join('\n'),
);

let fx: Fixture;
beforeEach(() => {
  fx = contentFixture();
});
afterEach(() => fx.dispose());

/** The Polish half and the English half of a report. */
const halves = (text: string) => {
  const [pl, en] = text.split('\n---\n');
  return { pl: pl!, en: en! };
};

describe('the pages a change touches', () => {
  it('links a partner’s page, the timeline and the home page in each language; names removed partners', () => {
    const touched = touchedPages(changed, base);
    const paths = touched.pages.map((p) => p.paths);
    expect(paths).toContainEqual({ pl: `${base}miasta/riom/`, en: `${base}en/towns/riom/` });
    expect(paths).toContainEqual({ pl: `${base}miasta/nowe/`, en: `${base}en/towns/nowe/` });
    expect(paths).toContainEqual({ pl: `${base}kalendarium/`, en: `${base}en/timeline/` });
    expect(paths).toContainEqual({ pl: base, en: `${base}en/` });
    expect(JSON.stringify(paths)).not.toContain('adur');
    expect(touched.removed).toEqual(['adur']);
    expect(touched.everything).toBe(false);
    expect(touchedPages(parseNameStatus('M\tsrc/styles/global.css'), base).everything).toBe(true);
    expect(touchedPages(parseNameStatus('M\tcontent/README.md\nR100\tREADME.md\tdocs.md'), base)).toEqual({
      pages: [],
      removed: [],
      everything: false,
    });
  });
});

describe('the pull request report', () => {
  it('on a clean check: Polish first, then English, with the preview and the changed pages as links', async () => {
    const check = await fx.check();
    expect(check.problems).toEqual([]);
    const text = pullRequestReport({ check, preview, touched: touchedPages(changed, base) });
    expect(text.startsWith(reportMarker)).toBe(true);
    const { pl, en } = halves(text);
    expect(pl).toContain('Podgląd');
    expect(pl).toContain(preview.url);
    expect(pl).toContain(`(https://town.github.io${base}miasta/riom/)`);
    expect(pl).not.toContain('/en/towns/');
    expect(pl).toMatch(/Bez błędów \(\d+ plik/);
    expect(en).toContain(`(https://town.github.io${base}en/towns/riom/)`);
    expect(en).toMatch(/No problems \(\d+ files\)/);
    expect(text.indexOf('Podgląd')).toBeLessThan(text.indexOf('Preview'));
  });

  it('lists every one of 25 problems with file, line, field, value, code and message, in both languages', async () => {
    const slugs = readdirSync(join(fx.dir, 'content/partners')).sort();
    // 25 mistakes of several kinds across the fixture: bad dates, unknown fields, empty names.
    let made = 0;
    for (const slug of slugs) {
      const facts = `content/partners/${slug}/index.pl.md`;
      const date = /date: (\S+)/.exec(fx.read(facts))![1]!;
      fx.edit(facts, `date: ${date}`, `date: 31.13.${made}`);
      fx.edit(facts, 'scope:', 'wesbite: www.example.org\nscope:');
      made += 2;
    }
    for (const slug of slugs.slice(0, 25 - made)) {
      fx.edit(
        `content/partners/${slug}/index.pl.md`,
        /^name: .*/m.exec(fx.read(`content/partners/${slug}/index.pl.md`))![0],
        'name: ""',
      );
    }
    const check: CheckReport = await fx.check();
    expect(check.problems).toHaveLength(25);
    const report = { check, preview, touched: touchedPages(changed, base) };
    const text = pullRequestReport(report);
    const { pl, en } = halves(text);
    for (const p of check.problems) {
      const where = `\`${p.file}:${p.line}\``;
      for (const half of [pl, en]) {
        expect(half, p.pl).toContain(where);
        expect(half).toContain(`[${p.code}]`);
        if (p.field) expect(half).toContain(`\`${p.field}\``);
        if (p.value) expect(half).toContain(p.value);
      }
      // The message, as plain text (Markdown characters escaped), in its language's half.
      expect(pl).toContain(
        p.pl
          .split('\n')[0]!
          .replace(/([\\`*_[\]|#@~])/g, '\\$1')
          .replace(/</g, '&lt;'),
      );
      expect(en).toContain(
        p.en
          .split('\n')[0]!
          .replace(/([\\`*_[\]|#@~])/g, '\\$1')
          .replace(/</g, '&lt;'),
      );
    }
    expect(pl).toContain('25 błędów');
    expect(en).toContain('25 problems');
    // The comment is the same text when it fits.
    expect(pullRequestComment(report)).toBe(text);
  });

  it('keeps the comment under GitHub’s size cap, pointing to the summary for the rest', async () => {
    const one = (await fx.check()).problems;
    const problem = {
      file: 'content/partners/riom/index.pl.md',
      line: 3,
      field: 'name',
      value: 'x',
      code: 'invalid-value' as const,
      pl: 'Długi komunikat. '.repeat(30),
      en: 'A long message. '.repeat(30),
    };
    const check = { files: 30, problems: [...one, ...Array.from({ length: 400 }, () => problem)] };
    const report = { check, preview, touched: touchedPages(changed, base) };
    expect(pullRequestReport(report).length).toBeGreaterThan(commentLimit);
    const comment = pullRequestComment(report);
    expect(comment.length).toBeLessThanOrEqual(commentLimit);
    expect(comment).toMatch(/i \d+ dalszych błędów/);
    expect(comment).toMatch(/and \d+ more problems/);
  });

  it('quotes the build’s own error when Astro failed after a clean check, and offers no preview', async () => {
    const check = await fx.check();
    const log =
      '\u001b[31m[ERROR]\u001b[39m ReferenceError: nothing is not defined\n    at src/pages/[...path].astro:12:3\n';
    const text = pullRequestReport({
      check,
      buildError: log,
      preview: { missing: 'build-failed' },
      touched: touchedPages(changed, base),
    });
    const { pl, en } = halves(text);
    expect(pl).toContain('Błąd budowania');
    expect(pl).toContain('ReferenceError: nothing is not defined');
    expect(pl).not.toContain('\u001b[');
    expect(pl).toContain('Brak podglądu');
    expect(en).toContain('Build error');
    expect(en).toContain('No preview');
    // Links point nowhere without a preview: the paths are shown as text.
    expect(pl).toContain(`\`${base}miasta/riom/\``);
  });

  it('explains why a fork gets no preview', async () => {
    const check = await fx.check();
    const { pl, en } = halves(
      pullRequestReport({ check, preview: { missing: 'fork' }, touched: touchedPages([], base) }),
    );
    expect(pl).toContain('fork');
    expect(pl).toContain('Zmiana nie dotyczy żadnej strony');
    expect(en).toContain('comes from a fork');
  });

  it('passes on the check’s warnings (the accessibility statement’s review) in each language, without failing it', async () => {
    const check = await fx.check();
    const today = new Date('2031-01-01');
    const reviewedOn = { value: '2026-11-24', confirmed: true };
    const warnings = accessibilityWarnings({ ...accessibility, reviewedOn }, today);
    expect(warnings).toHaveLength(1);
    const report = { check, preview, touched: touchedPages([], base), warnings };
    const { pl, en } = halves(pullRequestReport(report));
    expect(pl).toContain('Uwagi (nie blokują tej zmiany)');
    expect(pl).toContain('ostatni przegląd (reviewedOn: 2026-11-24) był ponad rok temu');
    expect(pl).toMatch(/Bez błędów/);
    expect(en).toContain('Warnings (they do not block this change)');
    expect(en).toContain('more than a year ago');
    // No warnings, no section.
    expect(pullRequestReport({ ...report, warnings: [] })).not.toContain('Uwagi');
  });
});
