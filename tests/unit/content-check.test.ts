import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatReport, githubAnnotations, type Problem } from '../../src/features/check/index.ts';
import { formatProblem } from '../../src/features/check/report.ts';
import { plural } from '../../src/blocks/plural.ts';
import { typesImpossibleDate } from '../../src/features/check/schema-problems.ts';
import { homeTown } from '../../src/config/home-town.ts';
import { contentFixture, type Fixture } from '../helpers/content-fixture.ts';

const riom = 'content/partners/riom/index.pl.md';
const riomEn = 'content/partners/riom/index.en.md';
const cadcaEn = 'content/partners/cadca/index.en.md';

let fx: Fixture;
beforeEach(() => {
  fx = contentFixture();
});
afterEach(() => fx.dispose());

/** The one problem reported, after asserting there is exactly one. */
async function onlyProblem(): Promise<Problem> {
  const { problems } = await fx.check();
  expect(problems, formatReport({ problems, coverage: {}, files: 0 })).toHaveLength(1);
  return problems[0]!;
}

/** A message names the file, the field and the value, in the printed report and in both languages. */
function expectNamed(p: Problem, file: string, field: string | undefined, value: string | undefined) {
  expect(p.file).toBe(file);
  expect(p.field).toBe(field);
  expect(p.value).toBe(value);
  const printed = formatProblem(p);
  expect(printed).toContain(file);
  if (field) expect(printed).toContain(field);
  if (value) {
    expect(printed).toContain(value);
    expect(p.pl + p.en).toContain(value);
  }
  expect(p.pl).toMatch(/[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]|\b(nie|jest|Brakuje|Plik)\b/);
  expect(p.en).toMatch(/\b(the|is|a|not)\b/i);
}

describe('npm run check on valid content', () => {
  it('finds nothing wrong, and reports for every partner which languages its text is in', async () => {
    const report = await fx.check();
    expect(report.problems).toEqual([]);
    const folders = readdirSync(join(fx.dir, 'content/partners')).sort();
    expect(Object.keys(report.coverage).sort()).toEqual(folders);
    for (const slug of folders) {
      const has = (lang: string) => existsSync(join(fx.dir, 'content/partners', slug, `index.${lang}.md`));
      expect(report.coverage[slug]).toEqual({ pl: has('pl'), en: has('en') });
    }
    expect(
      Object.values(report.coverage).some((langs) => !langs.en),
      'the fixture has an untranslated partner',
    ).toBe(true);
  });
});

describe('an event held in the home town', () => {
  it('may say `place: home` or the town’s identifier, and the check takes both without a word', async () => {
    const text = fx.read(riom);
    const written = [...text.matchAll(/^\s*place: (\S+)$/gm)].map((m) => m[1]);
    expect(written, 'the fixture writes home').toContain('home');
    expect((await fx.check()).problems).toEqual([]);
    fx.write(riom, text.replace(/^(\s*place: )home$/m, `$1${homeTown.id}`));
    expect(fx.read(riom)).toMatch(new RegExp(`^\\s*place: ${homeTown.id}$`, 'm'));
    expect((await fx.check()).problems).toEqual([]);
  });

  it('refuses a place that is neither, listing the words to use', async () => {
    fx.write(riom, fx.read(riom).replace(/^(\s*place: )home$/m, '$1town-hall'));
    const p = await onlyProblem();
    expect(p.field).toMatch(/^events\[\d+\]\.place$/);
    expect(p.value).toBe('town-hall');
    expect(p.en).toContain('home, partner, elsewhere');
  });
});

describe('dates', () => {
  const bad: [typed: string, shown: string][] = [
    ['15.06.1996', '15.06.1996'],
    ["'1996/06/15'", '1996/06/15'],
    ['June 1996', 'June 1996'],
    ["'1998-8'", '1998-8'],
    ['96-06-15', '96-06-15'],
  ];
  for (const [typed, shown] of bad) {
    it(`refuses ${typed}, naming the file, the field, the value, the form and an example`, async () => {
      fx.edit(riom, 'date: 1996-06-15', `date: ${typed}`);
      const p = await onlyProblem();
      expect(p.code).toBe('bad-date');
      expectNamed(p, riom, 'events[1].date', shown);
      expect(p.line).toBe(fx.lineOf(riom, `date: ${typed}`));
      expect(p.pl).toContain('RRRR-MM-DD');
      expect(p.en).toMatch(/YYYY-MM-DD.*1995-07-15/);
    });
  }

  it('turns a day-first date round in the suggestion', async () => {
    fx.edit(riom, 'date: 1996-06-15', 'date: 15.06.1996');
    const p = await onlyProblem();
    expect(p.pl).toContain('1996-06-15');
    expect(p.en).toContain('Write it year first: 1996-06-15');
  });

  for (const typed of ['1996-02-30', "'1997-02-30'", "'1998-13'", '1995-06-31']) {
    it(`refuses the impossible date ${typed} (YAML would roll an unquoted one over silently)`, async () => {
      fx.edit(riom, 'date: 1996-06-15', `date: ${typed}`);
      const p = await onlyProblem();
      expect(p.code).toBe('impossible-date');
      expectNamed(p, riom, 'events[1].date', typed.replace(/'/g, ''));
      expect(p.line).toBe(fx.lineOf(riom, `date: ${typed}`));
      expect(p.en).toContain('not a real calendar date');
    });
  }
});

describe('typesImpossibleDate (the quick test before dates are located in the YAML)', () => {
  it('finds a day or month no calendar has, leap days included', () => {
    for (const text of ['date: 1996-02-30', 'a: 1995-06-31', "b: '2023-13-01'", 'c: 1900-02-29', 'x: 2001-1-32']) {
      expect(typesImpossibleDate(text), text).toBe(true);
    }
  });
  it('lets real dates, leap days of leap years and dateless text through', () => {
    for (const text of ['date: 2000-02-29', 'date: 1996-06-15\nother: 1997-5-1', 'name: Riom', "date: '1998-05'"]) {
      expect(typesImpossibleDate(text), text).toBe(false);
    }
  });
});

describe('fields', () => {
  it('refuses an unknown field and suggests the one meant', async () => {
    fx.edit(riom, 'website: www.riom.net', 'webiste: www.riom.net');
    const p = await onlyProblem();
    expect(p.code).toBe('unknown-field');
    expectNamed(p, riom, 'webiste', 'webiste');
    expect(p.line).toBe(fx.lineOf(riom, 'webiste:'));
    expect(p.pl).toContain('Czy chodziło o „website”?');
    expect(p.en).toContain('Did you mean "website"?');
  });

  it('suggests nested fields too, from the keys allowed at that level', async () => {
    fx.edit(riom, 'latitude: 45.8936', 'lattitude: 45.8936');
    fx.edit(riomEn, '  - id: signed-zywiec\n    title:', '  - id: signed-zywiec\n    tittle:');
    const { problems } = await fx.check();
    const fields = problems.map((p) => [p.file, p.field, p.code]);
    expect(fields).toEqual(
      expect.arrayContaining([
        [riom, 'coordinates.lattitude', 'unknown-field'],
        [riom, 'coordinates.latitude', 'missing-field'],
        [riomEn, 'events[0].tittle', 'unknown-field'],
      ]),
    );
    expect(problems.find((p) => p.field === 'coordinates.lattitude')!.en).toContain('Did you mean "latitude"?');
    expect(problems.find((p) => p.field === 'events[0].tittle')!.en).toContain('Did you mean "title"?');
  });

  it('names a missing field and what to write in it', async () => {
    fx.edit(riom, 'country: FR\n', '');
    const p = await onlyProblem();
    expect(p.code).toBe('missing-field');
    expectNamed(p, riom, 'country', undefined);
    expect(p.en).toContain('The field "country" is missing');
    expect(p.en).toContain('Example: country: SK');
  });

  it('refuses a value of the wrong type, and says to use a decimal point', async () => {
    fx.edit(riom, 'latitude: 45.8936', 'latitude: "45,8936"');
    const p = await onlyProblem();
    expect(p.code).toBe('wrong-type');
    expectNamed(p, riom, 'coordinates.latitude', '45,8936');
    expect(p.pl).toContain('kropką, nie przecinkiem');
  });

  it('refuses a list written as a single value', async () => {
    const text = fx.read(riom);
    fx.write(riom, text.replace(/areas:\n(  - .*\n)+/, 'areas: communities\n'));
    const { problems } = await fx.check();
    const p = problems.find((x) => x.field === 'areas')!;
    expect(p.code).toBe('wrong-type');
    expectNamed(p, riom, 'areas', 'communities');
    expect(p.en).toContain('a list');
  });

  it('refuses an unknown cooperation area, suggesting the key and listing them all', async () => {
    fx.edit(riom, '  - sport\n', '  - sports\n');
    const p = await onlyProblem();
    expect(p.code).toBe('unknown-area');
    expectNamed(p, riom, 'areas[6]', 'sports');
    expect(p.en).toContain('Did you mean "sport"?');
    expect(p.en).toContain('local-government, youth-exchange');
  });

  it('refuses a website that is not a web address, but takes a bare www.riom.fr', async () => {
    fx.edit(riom, 'website: www.riom.net', 'website: www.riom.fr');
    expect((await fx.check()).problems).toEqual([]);
    fx.edit(riom, 'website: www.riom.fr', 'website: riom');
    const p = await onlyProblem();
    expect(p.code).toBe('bad-website');
    expectNamed(p, riom, 'website', 'riom');
  });
});

describe('files that cannot be read', () => {
  it('reports a YAML syntax error with its line and column', async () => {
    fx.edit(riomEn, 'description: Riom', '  description: Riom');
    const p = await onlyProblem();
    expect(p.code).toBe('yaml-syntax');
    expect(p.file).toBe(riomEn);
    expect(p.line).toBe(fx.lineOf(riomEn, '  description: Riom'));
    expect(p.column).toBeGreaterThan(1);
    expect(p.pl).toContain('Błąd składni YAML');
    expect(p.en).toContain('indentation');
  });

  it('reports the same field written twice as a YAML error', async () => {
    fx.edit(riom, 'country: FR', 'country: FR\ncountry: DE');
    const p = await onlyProblem();
    expect(p.code).toBe('yaml-syntax');
    expect(p.line).toBe(fx.lineOf(riom, 'country: DE'));
    expect(p.en).toContain('The same field is written twice');
  });

  it('reports an empty file', async () => {
    fx.write(riom, '\n');
    const { problems } = await fx.check();
    const p = problems.find((x) => x.file === riom)!;
    expect(p.code).toBe('empty-file');
    expect(p.en).toContain('The file is empty');
  });

  it('takes an empty text in another language (as Decap CMS writes one left blank) as not yet translated', async () => {
    fx.write(riomEn, '\n');
    const report = await fx.check();
    expect(report.problems).toEqual([]);
    expect(report.coverage.riom).toEqual({ pl: true, en: false });
  });
});

describe('across files', () => {
  it('reports a partner added twice, by its own name or its Wikidata id', async () => {
    cpSync(join(fx.dir, 'content/partners/riom'), join(fx.dir, 'content/partners/riom-france'), { recursive: true });
    const p = await onlyProblem();
    expect(p.code).toBe('duplicate-partner');
    expectNamed(p, 'content/partners/riom-france/index.pl.md', 'ownName', 'Riom');
    expect(p.en).toContain(riom);

    fx.edit('content/partners/riom-france/index.pl.md', 'ownName: Riom', 'ownName: Riom-sur-Allier\nwikidata: Q12345');
    fx.edit(riom, 'ownName: Riom', 'ownName: Riom\nwikidata: Q12345');
    const again = await onlyProblem();
    expectNamed(again, 'content/partners/riom-france/index.pl.md', 'wikidata', 'Q12345');
  });

  it('reports a text naming an event that index.pl.md does not have, at its line', async () => {
    fx.edit(cadcaEn, '  - id: euroregion', '  - id: euroregon');
    const p = await onlyProblem();
    expect(p.code).toBe('unknown-event');
    expectNamed(p, cadcaEn, 'events[2].id', 'euroregon');
    expect(p.line).toBe(fx.lineOf(cadcaEn, 'id: euroregon'));
    expect(p.pl).toContain('Czy chodziło o „euroregion”?');
    expect(p.en).toContain('Did you mean "euroregion"?');
    expect(p.en).toContain('index.pl.md');
  });

  it("reports an event's text given twice in one language", async () => {
    fx.edit(riomEn, '  - id: signed-riom\n', '  - id: signed-zywiec\n');
    const p = await onlyProblem();
    expect(p).toMatchObject({ code: 'duplicate', file: riomEn, field: 'events[1].id', value: 'signed-zywiec' });
    expect(p.line).toBe(fx.lineOf(riomEn, 'signed-zywiec') + 2);
  });

  it('asks each text for a venue when an event took place elsewhere', async () => {
    fx.edit('content/partners/cadca/index.pl.md', 'date: 2000-02-18', 'date: 2000-02-18\n    place: elsewhere');
    const { problems } = await fx.check();
    expect(problems.map((p) => [p.code, p.file, p.field, p.line])).toEqual([
      ['missing-venue', cadcaEn, 'events[2].venue', fx.lineOf(cadcaEn, 'id: euroregion')],
      [
        'missing-venue',
        'content/partners/cadca/index.pl.md',
        'events[2].venue',
        fx.lineOf('content/partners/cadca/index.pl.md', 'id: euroregion'),
      ],
    ]);
  });

  it('treats a missing translation as coverage, not an error', async () => {
    fx.remove('content/partners/szczytno/index.en.md');
    const report = await fx.check();
    expect(report.problems).toEqual([]);
    expect(report.coverage.szczytno).toEqual({ pl: true, en: false });
    expect(formatReport(report)).toMatch(/szczytno\s+pl ✓\s+en –.*not translated: the en page shows the Polish text/);
  });

  it('reports texts without facts, files that are not a language, stray files and a folder name that is not a slug', async () => {
    fx.remove('content/partners/borjomi/index.pl.md');
    fx.write('content/partners/riom/index.de.md', fx.read(riomEn));
    fx.write('content/partners/riom/notes.txt', 'notes');
    cpSync(join(fx.dir, 'content/partners/godollo'), join(fx.dir, 'content/partners/Gödöllő'), { recursive: true });
    fx.remove('content/partners/godollo');
    const { problems } = await fx.check();
    expect(problems.map((p) => [p.code, p.file])).toEqual(
      expect.arrayContaining([
        ['orphan-translation', 'content/partners/borjomi/index.en.md'],
        ['not-a-locale', 'content/partners/riom/index.de.md'],
        ['stray-file', 'content/partners/riom/notes.txt'],
        ['bad-slug', 'content/partners/Gödöllő/index.pl.md'],
      ]),
    );
  });
});

describe('text pages', () => {
  it('accept the home page in one language only, and refuse a site without it, naming the file to add', async () => {
    fx.remove('content/pages/en/home.md');
    expect((await fx.check()).problems).toEqual([]);
    fx.remove('content/pages/pl/home.md');
    const p = await onlyProblem();
    expect(p.code).toBe('missing-page');
    expectNamed(p, 'content/pages/pl/home.md', undefined, undefined);
    expect(p.pl).toContain('Dodaj content/pages/pl/home.md');
  });
});

describe('Markdown', () => {
  const hostile: [markdown: string, code: string, named: string][] = [
    ['<script>alert(1)</script>', 'hostile-markup', '<script>'],
    ['<iframe src="https://example.org"></iframe>', 'hostile-markup', '<iframe>'],
    ['<object data="x.swf"></object>', 'hostile-markup', '<object>'],
    ['<embed src="x.swf">', 'hostile-markup', '<embed>'],
    ['<style>body { display: none }</style>', 'hostile-markup', '<style>'],
    ['Tekst <img src="x" onerror="alert(1)"> dalej.', 'hostile-markup', 'onerror='],
    ['Tekst <a href="javascript:alert(1)">link</a>.', 'hostile-markup', 'href="javascript:'],
    ['[kliknij](javascript:alert(1))', 'unsafe-link', '"javascript:"'],
    ['[kliknij](JaVaScRiPt:alert(1))', 'unsafe-link', '"javascript:"'],
    ['<javascript:alert(1)>', 'unsafe-link', '"javascript:"'],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', 'unsafe-link', '"data:"'],
    ['[x][ref]\n\n[ref]: vbscript:msgbox', 'unsafe-link', '"vbscript:"'],
  ];
  for (const [markdown, code, named] of hostile) {
    it(`refuses ${markdown.split('\n')[0]}, naming the file and line`, async () => {
      fx.edit(riomEn, '## What the partnership covers', `${markdown}\n\n## What the partnership covers`);
      const p = await onlyProblem();
      expect(p.code).toBe(code);
      expect(p.file).toBe(riomEn);
      // The line of the offending markup (for a reference link, its definition's line).
      expect(p.line).toBe(fx.lineOf(riomEn, markdown.split('\n').at(-1)!));
      expect(p.en).toContain(named);
      expect(formatProblem(p)).toContain(`${riomEn}:${p.line}`);
    });
  }

  it('refuses harmless raw HTML too, since it would show as text, and points to Markdown', async () => {
    fx.edit(riomEn, '- exchanges between families', '- exchanges between <b>families</b>');
    const p = await onlyProblem();
    expect(p.code).toBe('raw-html');
    expect(p.value).toBe('<b>');
    expect(p.en).toContain('**bold**');
  });

  it('lints list markers and heading levels, reporting a mixed list once', async () => {
    fx.edit(riomEn, '- exchanges of youth groups;\n- cooperation', '* exchanges of youth groups;\n* cooperation');
    fx.edit(riomEn, '## What the partnership covers', '# What the partnership covers\n\n### Details');
    const { problems } = await fx.check();
    expect(problems.map((p) => p.code).sort()).toEqual(['heading-level-1', 'markdown-style', 'markdown-style']);
    const list = problems.find((p) => p.en.includes('unordered-list-marker-style'))!;
    expect(list.line).toBe(fx.lineOf(riomEn, '* exchanges of youth groups'));
    expect(list.en).toMatch(/Also on lines \d+/);
    expect(problems.find((p) => p.en.includes('heading-increment'))).toBeDefined();
  });

  it('reports a link without an address', async () => {
    fx.edit(riomEn, '- exchanges between families', '- exchanges between [families]()');
    const p = await onlyProblem();
    expect(p.code).toBe('markdown-style');
    expect(p.en).toContain('no-empty-url');
  });
});

describe('the report', () => {
  it('lists every problem at once, across files, and counts them in Polish and English', async () => {
    fx.edit(riom, 'date: 1996-06-15', 'date: 15.06.1996');
    fx.edit(riom, 'website: www.riom.net', 'webiste: www.riom.net');
    fx.write('content/pages/en/home.md', '');
    const report = await fx.check();
    expect(report.problems.map((p) => p.code).sort()).toEqual(['bad-date', 'empty-file', 'unknown-field']);
    const text = formatReport(report);
    expect(text).toContain('Treść ma 3 błędy w 2 plikach.');
    expect(text).toContain('Content has 3 problems in 2 files.');
  });

  it('writes GitHub annotations with the file and line, escaping newlines', async () => {
    fx.edit(riom, 'date: 1996-06-15', 'date: 15.06.1996');
    fx.edit('content/partners/cadca/index.pl.md', 'date: 2000-02-18', 'date: 2000-02-18\n    place: elsewhere');
    const { problems } = await fx.check();
    const lines = githubAnnotations(problems).split('\n');
    expect(lines).toHaveLength(problems.length);
    const date = lines.find((l) => l.includes(riom))!;
    expect(date).toMatch(
      new RegExp(
        `^::error file=${riom},line=${fx.lineOf(riom, 'date: 15.06.1996')},col=\\d+,title=bad-date%3A events\\[1\\]\\.date::`,
      ),
    );
    expect(date).toContain('%0A');
    expect(lines.every((l) => l.startsWith('::error '))).toBe(true);
  });

  it('uses Polish plural forms', () => {
    expect([1, 2, 4, 5, 12, 14, 22, 25, 112].map((n) => plural(n, 'błąd', 'błędy', 'błędów'))).toEqual([
      '1 błąd',
      '2 błędy',
      '4 błędy',
      '5 błędów',
      '12 błędów',
      '14 błędów',
      '22 błędy',
      '25 błędów',
      '112 błędów',
    ]);
  });
});

describe('frontmatter', () => {
  it('reports a text without fields, and fields without the closing ---', async () => {
    fx.write(riomEn, 'Riom is a town in France.\n');
    expect(await onlyProblem()).toMatchObject({ code: 'no-frontmatter', file: riomEn, line: 1 });
    fx.write(riomEn, '---\nname: Riom\ndescription: Riom in France has been a twin town since 1995.\n\nText.\n');
    const p = await onlyProblem();
    expect(p).toMatchObject({ code: 'no-frontmatter', file: riomEn });
    expect(p.en).toContain('The closing --- line below the fields is missing');
  });

  it('reports frontmatter that is a list or a sentence instead of fields', async () => {
    for (const body of ['- name\n- description', 'Riom is a town in France']) {
      fx.write(riomEn, `---\n${body}\n---\n\nText.\n`);
      const p = await onlyProblem();
      expect(p).toMatchObject({ code: 'wrong-type', file: riomEn, line: 2 });
      expect(p.en).toContain('"name: value"');
    }
  });
});

describe("the layout of a partner's folder (one file per language, the facts in the Polish one)", () => {
  it('names a partner.md of the old layout, left behind or added by hand, and says where its fields go', async () => {
    fx.write('content/partners/riom/partner.md', '---\nname: Riom\nnameLang: fr\n---\n');
    const p = await onlyProblem();
    expect(p).toMatchObject({ code: 'old-layout', file: 'content/partners/riom/partner.md', value: 'partner.md' });
    expect(p.pl).toContain('content/partners/riom/index.pl.md');
    expect(p.pl).toContain('ownName');
    expect(p.pl).toMatch(/usuń partner\.md/);
    expect(p.en).toContain('delete partner.md');
    expect(formatProblem(p).indexOf(p.pl)).toBeLessThan(formatProblem(p).indexOf(p.en));
  });

  it('names texts of the old layout and the file each belongs in, whatever the case or ending', async () => {
    fx.write('content/partners/riom/en.md', fx.read(riomEn));
    fx.write('content/partners/riom/PL.md', '---\nname: Riom\n---\n\nTekst.\n');
    fx.write('content/partners/riom/pl.md.txt', 'Tekst.\n');
    const { problems } = await fx.check();
    expect(problems.map((p) => [p.code, p.file])).toEqual([
      ['old-layout', 'content/partners/riom/PL.md'],
      ['old-layout', 'content/partners/riom/en.md'],
      ['old-layout', 'content/partners/riom/pl.md.txt'],
    ]);
    expect(problems[1]!.pl).toContain('Zmień nazwę pliku na index.en.md');
    expect(problems[1]!.en).toContain('- id: signed-home');
    expect(problems[0]!.pl).toContain('index.pl.md');
  });

  it('names a misnamed language file with the name meant', async () => {
    fx.write('content/partners/riom/Index.EN.md', fx.read(riomEn));
    fx.remove(riomEn);
    const p = await onlyProblem();
    expect(p).toMatchObject({ code: 'misnamed-file', file: 'content/partners/riom/Index.EN.md' });
    expect(p.pl).toContain('Zmień nazwę pliku na index.en.md');
  });

  it('names facts written in another language than Polish, which the site would ignore, at their lines', async () => {
    fx.edit(riomEn, 'description:', 'country: FR\ndescription:');
    fx.edit(riomEn, '  - id: signed-riom\n', '  - id: signed-riom\n    date: 1996-06-15\n');
    const { problems } = await fx.check();
    expect(problems.map((p) => [p.code, p.file, p.field, p.line])).toEqual([
      ['facts-in-translation', riomEn, 'country', fx.lineOf(riomEn, 'country: FR')],
      ['facts-in-translation', riomEn, 'events[1].date', fx.lineOf(riomEn, 'date: 1996-06-15')],
    ]);
    expect(problems[0]!.pl).toContain('Pole country to fakt');
    expect(problems[0]!.pl).toContain('index.pl.md');
    expect(problems[1]!.en).toContain('The field date is a fact');
  });

  it('still refuses an unknown field of a text, with the fields allowed there', async () => {
    fx.edit(riomEn, 'description:', 'descripton: x\ndescription:');
    const p = await onlyProblem();
    expect(p).toMatchObject({ code: 'unknown-field', file: riomEn, field: 'descripton' });
    expect(p.en).toContain('Did you mean "description"?');
  });

  it('asks for the venue where a text in another language has no entry for an event held elsewhere', async () => {
    const cadcaPl = 'content/partners/cadca/index.pl.md';
    fx.edit(cadcaPl, 'date: 2000-02-18', 'date: 2000-02-18\n    place: elsewhere\n    venue: Czadca, ratusz');
    const text = fx.read(cadcaEn);
    fx.write(cadcaEn, text.replace(/  - id: euroregion\n(    .*\n)+/, ''));
    const p = await onlyProblem();
    expect(p).toMatchObject({ code: 'missing-venue', file: cadcaEn, field: 'events' });
    expect(p.line).toBe(fx.lineOf(cadcaEn, 'events:'));
    expect(p.en).toContain('- id: euroregion');
  });
});

describe('files in the shape Decap CMS 3.16 writes them (i18n multiple_files, path {{slug}}/index)', () => {
  it('pass the check: facts and Polish text in index.pl.md, unquoted month and quoted year, event texts by id', async () => {
    const folder = 'content/partners/nowe-miasto';
    mkdirSync(join(fx.dir, folder));
    cpSync(join(fx.dir, 'content/partners/llanfairpwllgwyngyll/herb.png'), join(fx.dir, folder, 'herb.png'));
    // As Decap writes them: no comments, plain scalars where YAML allows, a typed year as a quoted string.
    fx.write(
      `${folder}/index.pl.md`,
      [
        '---',
        'name: Nowe Miasto',
        'description: Nowe Miasto we Francji jest miastem partnerskim Żywca od 2024 roku; łączy je kultura.',
        'ownName: Nouvelle-Ville',
        'nameLang: fr',
        'country: FR',
        'scope: international',
        'coordinates:',
        '  latitude: 45.1',
        '  longitude: 3.1',
        'areas:',
        '  - culture',
        'emblem: herb.png',
        'emblemAlt: Herb miasta',
        'events:',
        '  - id: signed',
        '    kind: agreement-signed',
        '    date: 2024-05',
        '    place: zywiec',
        '    title: Podpisanie umowy',
        '  - id: contact',
        '    kind: first-contact',
        '    date: "1995"',
        '---',
        'Miasta współpracują od 2024 r.',
        '',
      ].join('\n'),
    );
    fx.write(
      `${folder}/index.en.md`,
      [
        '---',
        'name: Nouvelle-Ville',
        "description: Nouvelle-Ville in France has been Żywiec's partner town since 2024, sharing culture.",
        'emblemAlt: Coat of arms of the town',
        'events:',
        '  - id: signed',
        '    title: Agreement signed',
        '---',
        'The towns have worked together since 2024.',
        '',
      ].join('\n'),
    );
    const report = await fx.check();
    expect(report.problems).toEqual([]);
    expect(report.coverage['nowe-miasto']).toEqual({ pl: true, en: true });
  });
});
