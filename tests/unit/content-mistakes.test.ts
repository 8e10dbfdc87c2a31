/**
 * Mistakes that would reach the public page different from what the editor meant, as people make them
 * typing on a Polish keyboard, in a word processor or in GitHub's web editor: each is refused with a
 * message naming the file, line, field and value and the fix, in Polish and English.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatReport, type Problem } from '../../src/features/check/index.ts';
import { meantName } from '../../src/features/check/check-content.ts';
import { formatProblem } from '../../src/features/check/report.ts';
import { contentFixture, type Fixture } from '../helpers/content-fixture.ts';
import { windows1250 } from '../helpers/windows-1250.ts';
import { dictionaries } from '../../src/config/ui.ts';

const riom = 'content/partners/riom/index.pl.md';
/** The same file: the facts and the Polish text. */
const riomPl = riom;
const riomEn = 'content/partners/riom/index.en.md';
const curitiba = 'content/partners/curitiba/index.pl.md';

let fx: Fixture;
beforeEach(() => {
  fx = contentFixture();
});
afterEach(() => fx.dispose());

async function problems(): Promise<Problem[]> {
  return (await fx.check()).problems;
}

async function onlyProblem(): Promise<Problem> {
  const found = await problems();
  expect(found, formatReport({ problems: found, coverage: {}, files: 0 })).toHaveLength(1);
  return found[0]!;
}

/** Both languages, the code in the printed report, and a Polish message that is Polish. */
function expectExplained(p: Problem, code: string, file: string, line?: number) {
  expect(p.code).toBe(code);
  expect(p.file).toBe(file);
  if (line !== undefined) expect(p.line).toBe(line);
  const printed = formatProblem(p);
  expect(printed).toContain(`kod / code: ${code}`);
  expect(printed.indexOf('PL:')).toBeLessThan(printed.indexOf('EN:'));
  expect(p.pl).toMatch(/[ąćęłńóśźż]/);
  expect(p.en).toMatch(/\b(the|is|a)\b/i);
}

describe('country', () => {
  it('refuses a code no country has', async () => {
    fx.edit(riom, 'country: FR', 'country: XX');
    const p = await onlyProblem();
    expectExplained(p, 'unknown-country', riom, fx.lineOf(riom, 'country: XX'));
    expect(p.field).toBe('country');
    expect(p.value).toBe('XX');
    expect(p.pl).toContain('ISO 3166-1');
  });

  it('suggests GB for UK, the code people type for the United Kingdom', async () => {
    fx.edit('content/partners/adur/index.pl.md', 'country: GB', 'country: UK');
    const p = await onlyProblem();
    expect(p.code).toBe('unknown-country');
    expect(p.pl).toContain('Czy chodziło o GB');
    expect(p.en).toContain('Did you mean GB');
  });

  it('gives the capitals for a code typed in lower case', async () => {
    fx.edit(riom, 'country: FR', 'country: fr');
    const p = await onlyProblem();
    expect(p.code).toBe('invalid-value');
    expect(p.en).toContain('country: FR');
  });

  it('refuses a domestic partner abroad and an international one in Poland', async () => {
    fx.edit(riom, 'scope: international', 'scope: domestic');
    const p = await onlyProblem();
    expectExplained(p, 'scope-country', riom, fx.lineOf(riom, 'scope:'));
    expect(p.en).toContain('scope: international');
  });

  it('refuses a valid code of the wrong country, the town lying elsewhere', async () => {
    // SL is Sierra Leone; Slovakia is SK.
    fx.edit('content/partners/cadca/index.pl.md', 'country: SK', 'country: SL');
    const p = await onlyProblem();
    expectExplained(p, 'coordinates-not-in-country', 'content/partners/cadca/index.pl.md');
    expect(p.pl).toContain('Słowacja (SK)');
    expect(p.en).toContain('Slovakia (SK)');
    expect(p.en).toContain('Sierra Leone (SL)');
  });
});

describe('coordinates', () => {
  it('says when latitude and longitude look swapped, with the values the right way round', async () => {
    fx.edit(riom, 'latitude: 45.8936', 'latitude: 3.1126');
    fx.edit(riom, 'longitude: 3.1126', 'longitude: 45.8936');
    const p = await onlyProblem();
    expectExplained(p, 'coordinates-swapped', riom, fx.lineOf(riom, 'latitude:'));
    expect(p.value).toBe('3.1126, 45.8936');
    expect(p.en).toContain('latitude: 45.8936 and longitude: 3.1126');
  });

  it('says where a point outside the declared country lies', async () => {
    fx.edit(riom, 'latitude: 45.8936', 'latitude: 40.4168');
    fx.edit(riom, 'longitude: 3.1126', 'longitude: -3.7038');
    const p = await onlyProblem();
    expectExplained(p, 'coordinates-not-in-country', riom);
    expect(p.en).toContain('Spain (ES)');
    expect(p.en).toContain('France (FR)');
  });

  it('points at a lost minus sign', async () => {
    fx.edit(curitiba, 'longitude: -49.2733', 'longitude: 49.2733');
    const p = await onlyProblem();
    expect(p.code).toBe('coordinates-not-in-country');
    expect(p.en).toContain('latitude: -25.4284, longitude: -49.2733');
  });

  it('accepts a coastal town just outside the coarse outline, and countries too small for it', async () => {
    // Worthing-on-sea style: a point a few km off the 1:110m coast is within the tolerance.
    fx.edit(riom, 'latitude: 45.8936', 'latitude: 46.16');
    fx.edit(riom, 'longitude: 3.1126', 'longitude: -1.15'); // La Rochelle
    expect(await problems()).toEqual([]);
    fx.edit(riom, 'country: FR', 'country: MT');
    fx.edit(riom, 'latitude: 46.16', 'latitude: 35.8989');
    fx.edit(riom, 'longitude: -1.15', 'longitude: 14.5146'); // Valletta: Malta is not in the 1:110m map
    expect(await problems()).toEqual([]);
  });

  const typed: [string, string, RegExp][] = [
    ['45,8936', 'latitude: 45.8936', /przecinkiem/],
    ['45°53′37″N', 'latitude: 45.8936', /stopniach i minutach/],
    ['45.8936\u00a0', 'latitude: 45.8936', /twarda spacja/],
  ];
  for (const [value, fix, pl] of typed) {
    it(`says what number was meant by ${JSON.stringify(value)}`, async () => {
      fx.edit(riom, 'latitude: 45.8936', `latitude: ${value}`);
      const p = await onlyProblem();
      expect(p.field).toBe('coordinates.latitude');
      expect(p.line).toBe(fx.lineOf(riom, 'latitude:'));
      expect(p.pl).toMatch(pl);
      expect(`${p.pl}\n${p.en}`).toContain(fix);
    });
  }

  it('reads a minus sign from a word processor as the mistake it is', async () => {
    fx.edit(curitiba, 'longitude: -49.2733', 'longitude: −49.2733');
    const p = await onlyProblem();
    expect(p.code).toBe('wrong-type');
    expect(p.en).toContain('longitude: -49.2733');
  });
});

describe('typographic quotes', () => {
  const cases: [file: string, from: string, to: string, field: string, fix: string][] = [
    [riom, 'ownName: Riom', 'ownName: “Riom”', 'ownName', 'ownName: Riom'],
    [riomPl, 'name: Riom', 'name: „Riom”', 'name', 'name: Riom'],
    [riom, 'kind: agreement-signed', 'kind: “agreement-signed”', 'events[0].kind', 'kind: agreement-signed'],
    [riom, 'date: 1996-06-15', 'date: ‘1996-06’', 'events[1].date', "date: '1996-06'"],
    [riom, 'date: 1996-06-15', 'date: „1996-06-15”', 'events[1].date', 'date: 1996-06-15'],
    [
      riomEn,
      'title: Twinning charter signed',
      'title: “Twinning charter signed”',
      'events[0].title',
      'title: Twinning charter signed',
    ],
  ];
  for (const [file, from, to, field, fix] of cases) {
    it(`refuses ${to}, saying the quotes would be published and what to write`, async () => {
      fx.edit(file, from, to);
      const p = await onlyProblem();
      expectExplained(p, 'typographic-quotes', file, fx.lineOf(file, to));
      expect(p.field).toBe(field);
      expect(p.pl).toContain(`Wpisz: ${fix}`);
      expect(p.en).toContain(`Write: ${fix}`);
    });
  }

  it('keeps quotes meant to show, inside straight quotes, and quotes within a text', async () => {
    fx.edit(riomPl, 'title: Podpisanie aktu zbliźniaczenia', `title: '„Beskidy”'`);
    fx.edit(riomEn, 'title: Twinning charter signed', 'title: The “Beskidy” festival');
    expect(await problems()).toEqual([]);
  });

  it('explains a quote opened straight and closed curly', async () => {
    fx.edit(riom, 'name: Riom', 'name: "Riom”');
    const p = await onlyProblem();
    expect(p.code).toBe('yaml-syntax');
    expect(p.line).toBe(fx.lineOf(riom, 'name:'));
    expect(p.pl).toContain("name: 'Riom'");
    expect(p.en).toContain('closed with a typographic one');
  });
});

describe('YAML that means something else', () => {
  it('explains an unquoted colon in a text value, with the value quoted', async () => {
    fx.edit(riomPl, 'description: Riom we Francji', 'description: Riom: miasto we Francji');
    const p = await onlyProblem();
    expectExplained(p, 'yaml-syntax', riomPl, fx.lineOf(riomPl, 'description:'));
    expect(p.field).toBe('description');
    expect(p.pl).toContain('dwukropek');
    expect(p.pl).toContain("description: 'Riom: miasto we Francji");
    expect(p.pl).not.toMatch(/wcięci/i);
  });

  it('refuses a no-break space in a code, and keeps it in prose', async () => {
    fx.edit(riom, 'country: FR', 'country: FR\u00a0');
    const p = await onlyProblem();
    expectExplained(p, 'invisible-character', riom, fx.lineOf(riom, 'country:'));
    expect(p.value).toBe('FR⟨U+00A0⟩');
    fx.edit(riom, 'country: FR\u00a0', 'country: FR');
    fx.edit(riomPl, 'Riom we Francji jest', 'Riom we\u00a0Francji jest');
    expect(await problems()).toEqual([]);
  });

  it('reads a date with dashes from a word processor and gives the date meant', async () => {
    fx.edit(riom, 'date: 1996-06-15', 'date: 1996–06–15');
    const p = await onlyProblem();
    expect(p.code).toBe('bad-date');
    expect(p.en).toContain('Write: 1996-06-15');
  });
});

describe('text files', () => {
  it('accepts a byte-order mark at the start of a file', async () => {
    fx.write(riomEn, `\uFEFF${fx.read(riomEn)}`);
    fx.write(riom, `\uFEFF${fx.read(riom)}`);
    expect(await problems()).toEqual([]);
  });

  it('refuses a text whose story was emptied, at the closing --- line', async () => {
    const text = fx.read(riomEn);
    fx.write(riomEn, text.slice(0, text.indexOf('---', 3) + 4));
    const p = await onlyProblem();
    expectExplained(p, 'empty-text', riomEn);
    expect(p.line).toBe(text.split('\n').findIndex((l, i) => i > 0 && l === '---') + 1);
  });

  const links: [string, string][] = [
    ['[strona](www.riom.net)', '(https://www.riom.net)'],
    ['[strona](riom.net/fr/)', '(https://riom.net/fr/)'],
    ['[napisz](mairie@riom.fr)', '(mailto:mairie@riom.fr)'],
    ['[strona](https//www.riom.net)', 'https://www.zywiec.pl'],
    ['[strona][1]\n\n[1]: www.riom.net', '(https://www.riom.net)'],
  ];
  for (const [markdown, fix] of links) {
    it(`refuses the relative link ${JSON.stringify(markdown)} and gives the address meant`, async () => {
      fx.write(riomPl, `${fx.read(riomPl)}\nZobacz ${markdown}\n`);
      const p = await onlyProblem();
      expectExplained(p, 'link-without-scheme', riomPl);
      expect(p.line).toBeGreaterThan(fx.lineOf(riomPl, 'Zobacz') - 1);
      expect(p.pl + p.en).toContain(fix);
    });
  }

  it("shows a text's example in the file's own language: Polish in the Polish file, English in the English one", async () => {
    for (const [file, own, other] of [
      [riomPl, 'miastem partnerskim', 'partner town since'],
      [riomEn, 'partner town since', 'miastem partnerskim'],
    ] as const) {
      const before = fx.read(file);
      fx.write(file, before.replace(/^description: .*$/m, 'description: Za krótko.'));
      const p = await onlyProblem();
      expectExplained(p, 'invalid-value', file, fx.lineOf(file, 'description: Za krótko.'));
      for (const words of [p.pl, p.en]) {
        expect(words).toContain(own);
        expect(words).not.toContain(other);
      }
      fx.write(file, before);
    }
  });

  it('lets full addresses, mail and in-page links through', async () => {
    fx.write(
      riomPl,
      `${fx.read(riomPl)}\n[strona](https://www.riom.net), [poczta](mailto:a@riom.fr), [wyżej](#zakres-wspolpracy).\n`,
    );
    expect(await problems()).toEqual([]);
  });

  it('refuses a heading without its space and a list made with dashes', async () => {
    fx.write(riomPl, `${fx.read(riomPl)}\n##Historia\n`);
    let p = await onlyProblem();
    expectExplained(p, 'heading-without-space', riomPl, fx.lineOf(riomPl, '##Historia'));
    expect(p.en).toContain('Write: ## Historia');
    fx.edit(riomPl, '##Historia', '– pierwsza wizyta,\n– druga wizyta.');
    p = await onlyProblem();
    expectExplained(p, 'plain-text-list', riomPl, fx.lineOf(riomPl, '– pierwsza'));
    expect(p.pl).toContain('- pierwsza wizyta');
  });
});

describe('file names', () => {
  const names: [string, string][] = [
    ['index.pl.md.txt', 'index.pl.md'],
    ['index.en.markdown', 'index.en.md'],
    ['Index.PL.md', 'index.pl.md'],
    ['index.En.MD', 'index.en.md'],
    ['index. en.md', 'index.en.md'],
  ];
  for (const [name, meant] of names) {
    it(`tells ${name} its name, ${meant}, and never to delete it`, async () => {
      const from = `content/partners/cadca/${meant}`;
      const to = `content/partners/cadca/${name}`;
      fx.write(to, fx.read(from));
      fx.remove(from);
      const found = await problems();
      const p = found.find((x) => x.file === to);
      expect(p, formatReport({ problems: found, coverage: {}, files: 0 })).toBeDefined();
      expectExplained(p!, 'misnamed-file', to);
      expect(p!.pl).toContain(`Zmień nazwę pliku na ${meant}`);
      expect(p!.en).toContain(`Rename the file to ${meant}`);
      for (const q of found) expect(`${q.pl} ${q.en}`).not.toMatch(/\busuń\b|\bdelete\b/i);
    });
  }

  it('says to merge a misnamed copy when the right name is taken', async () => {
    fx.write('content/partners/cadca/index.pl.md.txt', fx.read('content/partners/cadca/index.pl.md'));
    const p = await onlyProblem();
    expect(p.code).toBe('misnamed-file');
    expect(p.en).toContain('already exists');
  });

  it('works the meant name out only for text endings and names the folder knows', () => {
    expect(meantName('pl.md')).toBeUndefined();
    expect(meantName('de.md', ['partner', 'pl', 'en'])).toBeUndefined();
    expect(meantName('herb.png', ['partner', 'pl', 'en'])).toBeUndefined();
    expect(meantName(' pl .md', ['pl'])).toBe('pl.md');
    expect(meantName('Index.PL.md.txt', ['index.pl', 'index.en'])).toBe('index.pl.md');
    expect(meantName('index.de.md', ['index.pl', 'index.en'])).toBeUndefined();
    expect(meantName('Home.md')).toBe('home.md');
  });
});

describe('values staff think in', () => {
  it('turns an area or event kind typed as its label into the key', async () => {
    const label = dictionaries.pl.areaLabels.culture;
    fx.edit(riom, '  - culture', `  - ${label}`);
    let p = await onlyProblem();
    expect(p.code).toBe('unknown-area');
    expect(p.en).toContain('Did you mean "culture"?');
    fx.edit(riom, `  - ${label}`, '  - culture');
    fx.edit(riom, 'kind: agreement-signed', 'kind: podpisanie porozumienia');
    p = await onlyProblem();
    expect(p.en).toContain('Did you mean "agreement-signed"?');
  });

  it('refuses a year that can only be a typo', async () => {
    for (const typo of ['1095-08-06', "'2995-08'"]) {
      const f = contentFixture();
      f.edit(riom, 'date: 1995-08-06', `date: ${typo}`);
      const found = (await f.check()).problems;
      f.dispose();
      expect(found.map((p) => p.code)).toEqual(['implausible-date']);
      expect(found[0]!.field).toBe('events[0].date');
      expect(found[0]!.pl).toContain('literówkę');
    }
  });
});

describe('pictures', () => {
  const llan = 'content/partners/llanfairpwllgwyngyll';
  const llanPl = `${llan}/index.pl.md`;

  it('accepts the fixture partner with a coat of arms and two photos described in each language', async () => {
    expect(await problems()).toEqual([]);
  });

  it('refuses a picture whose file is missing, naming the pictures that are there', async () => {
    fx.edit(llanPl, '](wymiana.jpg)', '](wymiana2.jpg)');
    const p = await onlyProblem();
    expectExplained(p, 'missing-image', llanPl, fx.lineOf(llanPl, 'wymiana2.jpg'));
    expect(p.value).toBe('wymiana2.jpg');
    expect(p.en).toContain(`There is no file ${llan}/wymiana2.jpg`);
    expect(p.en).toContain('dworzec.jpg, herb.png, wymiana.jpg');
  });

  it('says when only the capitals differ', async () => {
    fx.edit(`${llan}/index.pl.md`, 'emblem: herb.png', 'emblem: Herb.PNG');
    const p = await onlyProblem();
    expectExplained(p, 'missing-image', `${llan}/index.pl.md`, fx.lineOf(`${llan}/index.pl.md`, 'emblem:'));
    expect(p.field).toBe('emblem');
    expect(p.en).toContain(`There is ${llan}/herb.png`);
  });

  it('refuses a picture from another server', async () => {
    fx.edit(llanPl, '](dworzec.jpg)', '](https://upload.wikimedia.org/dworzec.jpg)');
    const p = await onlyProblem();
    expectExplained(p, 'remote-image', llanPl, fx.lineOf(llanPl, 'wikimedia'));
  });

  it('refuses a picture without its description, in the text and for the coat of arms', async () => {
    fx.edit(llanPl, '![Dworzec kolejowy z najdłuższą nazwą w Europie, za nim wzgórza]', '![]');
    let p = await onlyProblem();
    expectExplained(p, 'missing-alt', llanPl, fx.lineOf(llanPl, '![]'));
    fx.edit(llanPl, '![]', '![Dworzec]');
    fx.edit(`${llan}/index.en.md`, "emblemAlt: The village's coat of arms, a red shield with a yellow band\n", '');
    p = await onlyProblem();
    expectExplained(p, 'missing-alt', `${llan}/index.en.md`);
    expect(p.field).toBe('emblemAlt');
    expect(p.en).toContain('emblemAlt:');
  });

  it('refuses a huge original and a file that is not a picture', async () => {
    const { default: sharp } = await import('sharp');
    await sharp({ create: { width: 7000, height: 20, channels: 3, background: '#888' } })
      .png()
      .toFile(`${fx.dir}/${llan}/panorama.png`);
    fx.edit(llanPl, '](wymiana.jpg)', '](panorama.png)');
    let p = await onlyProblem();
    expectExplained(p, 'huge-image', llanPl, fx.lineOf(llanPl, 'panorama.png'));
    expect(p.en).toContain('7000×20 px');
    fx.edit(llanPl, '](panorama.png)', '](umowa.pdf)');
    p = await onlyProblem();
    expectExplained(p, 'unsupported-image', llanPl);
    fx.write(`${llan}/zepsuty.jpg`, 'not a picture');
    fx.edit(llanPl, '](umowa.pdf)', '](zepsuty.jpg)');
    p = await onlyProblem();
    expect(p.code).toBe('unsupported-image');
    expect(p.en).toContain('cannot be read as a picture');
  });
});

describe('encoding', () => {
  it('refuses a file saved in Windows-1250 instead of UTF-8, at its first Polish letter', async () => {
    const text = fx.read(riomPl);
    fx.write(riomPl, windows1250(text));
    const p = await onlyProblem();
    const line = text.split('\n').findIndex((l) => /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/.test(l));
    expectExplained(p, 'wrong-encoding', riomPl, line + 1);
    expect(p.value).toContain('\uFFFD');
    expect(p.en).toContain('UTF-8');
  });

  it('refuses a translation saved in Windows-1250 too', async () => {
    fx.write(riomEn, windows1250(fx.read(riomEn)));
    expectExplained(await onlyProblem(), 'wrong-encoding', riomEn);
  });
});
