/**
 * Another town uses the generator by changing `src/config/home-town.ts` and `content/`: a copy of the
 * project gets Kłodzko's configuration (Polish, so the declined forms are exercised), the fixture content
 * with `place: home`, and a home page text of its own, and is built for real. No file it builds may
 * hold a trace of Żywiec but the content's own text; and every place the fixture build names Żywiec
 * in (outside the content), this build names Kłodzko.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { homeTownConfig } from '../../src/config/home-town.ts';
import { distanceKm, formatKm } from '../../src/blocks/geo.ts';
import { buildSite, fixtureContent, root } from '../helpers/build-site.ts';
import { placeIsHome, readPartnerRecords, type RawPartner } from '../helpers/content-records.ts';
import { writeHomeTownConfig } from '../helpers/home-town-config.ts';
import { listFiles, readPage } from '../helpers/html.ts';
import { copyProject } from '../helpers/project-copy.ts';
import {
  binaryExtensions,
  contentPhrases,
  contentTexts,
  contentWords,
  fileText,
  isContent,
  isContentWord,
  occurrences,
  ordinaryPolishWord,
  plainForm,
  type Phrase,
} from '../helpers/town-traces.ts';

/** Żywiec's facts as Kłodzko's: the same kinds, given or not, with the town's name and domain changed. */
const asKlodzko = <T>(facts: T): T =>
  JSON.parse(
    JSON.stringify(facts)
      .replaceAll('Żywca', 'Kłodzka')
      .replaceAll('Żywiec', 'Kłodzko')
      .replaceAll('zywiec', 'klodzko'),
  ) as T;

/** Kłodzko, with the same kinds of facts as the real configuration gives for Żywiec. */
const klodzko = {
  id: 'klodzko',
  names: {
    pl: { nominative: 'Kłodzko', genitive: 'Kłodzka', locative: 'Kłodzku' },
    en: { nominative: 'Kłodzko' },
  },
  coordinates: { latitude: 50.4378, longitude: 16.6537 },
  country: 'PL',
  office: {
    name: { pl: 'Urząd Miasta Kłodzka', en: 'Kłodzko Town Hall' },
    street: 'pl. Bolesława Chrobrego 1',
    postcode: '57-300',
    url: 'https://www.klodzko.pl/',
    // The statement's facts as Żywiec's configuration has them (given or not, confirmed or not), for Kłodzko.
    head: asKlodzko(homeTownConfig.office.head),
    accessibilityContact: asKlodzko(homeTownConfig.office.accessibilityContact),
    complaints: asKlodzko(homeTownConfig.office.complaints),
  },
  site: { url: 'https://www.klodzko.pl', basePath: '/miasta-partnerskie/' },
  calendar: { owner: 'Urzad Miasta Klodzka', product: 'Miasta partnerskie' },
  editing: {
    repository: 'klodzko/miasta-partnerskie',
    repositoryIsPublic: true,
    signInUrl: 'https://cms-auth.klodzko.pl/auth',
  },
};

/** The start every written form of each town's name shares, folded to ASCII. */
const zywiecStem = 'zyw';
const klodzkoStem = 'klodzk';

const homeTexts = {
  pl: '---\ntitle: Miasta partnerskie Kłodzka\ndescription: Miasta partnerskie Kłodzka w Niemczech, Francji, na Słowacji, w Anglii, na Węgrzech, w Gruzji i w Polsce.\n---\n\nKłodzko współpracuje z miastami w całej Europie.\n',
  en: "---\ntitle: Kłodzko's partner towns\ndescription: Kłodzko's partner towns in Germany, France, Slovakia, England, Hungary, Georgia and Poland, and what they do together.\n---\n\nKłodzko works with towns all over Europe.\n",
};

const project = copyProject('partner-site-klodzko-');
const { dir } = project;
const zywiecDist = inject('distDir');
let dist: string;
/** A partner of the fixture with an event held in the home town, known to the day and in the calendar. */
const atHome = placeIsHome('zywiec');
const heldAtHome: RawPartner = readPartnerRecords().find((p) =>
  p.events.some((e) => atHome(e) && e.kind === 'agreement-signed' && /^\d{4}-\d{2}-\d{2}$/.test(e.date)),
)!;

/** The content's records (Markdown under `partners/` and `pages/`) of a content folder, as texts. */
function recordTexts(contentFolder: string): string[] {
  return listFiles(contentFolder)
    .filter((f) => /^(partners|pages)\/.*\.md$/.test(f))
    .flatMap((f) => contentTexts(readFileSync(join(contentFolder, f), 'utf8')));
}

/** Every file of a build as its plain form, by path; pictures and fonts left out. */
function builtTexts(folder: string): Map<string, string> {
  return new Map(
    listFiles(folder)
      .filter((f) => !binaryExtensions.test(f))
      .map((f) => [f, plainForm(fileText(f, readFileSync(join(folder, f))))]),
  );
}

/** The occurrences of a stem in a plain form that are not the content's own. */
function traces(plain: string, stem: string, phrases: readonly Phrase[], ordinary?: typeof ordinaryPolishWord) {
  return occurrences(plain, stem, ordinary).filter((o) => !isContent(plain, o.at, phrases));
}

beforeAll(() => {
  writeHomeTownConfig(dir, klodzko);
  for (const file of listFiles(join(dir, 'content/partners')).filter((f) => f.endsWith('/index.pl.md'))) {
    const path = join(dir, 'content/partners', file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^(\s*place:\s*)zywiec\s*$/gm, '$1home'));
  }
  for (const [lang, text] of Object.entries(homeTexts)) writeFileSync(join(dir, `content/pages/${lang}/home.md`), text);
  dist = buildSite(join(dir, 'dist'), {}, dir);
});
afterAll(() => project.remove());

describe('the generator built for another town', () => {
  it('leaves no trace of Żywiec in any built file but the content’s own text', () => {
    const texts = recordTexts(join(dir, 'content'));
    const phrases = contentPhrases(texts, zywiecStem, ordinaryPolishWord);
    // Pagefind's index holds single words (and their stems), not phrases: there a word of the content is
    // the content's own. The pages those words come from are searched phrase by phrase above.
    const words = contentWords(texts, zywiecStem, ordinaryPolishWord);
    // The fixture's texts do name Żywiec, so the search below has something to tell apart.
    expect(phrases.length).toBeGreaterThan(20);
    // A phrase that is nothing but the name would excuse the name anywhere.
    for (const p of phrases) expect(p.text.replace(/[a-z]*zyw[a-z]*/i, '').trim().length, p.text).toBeGreaterThan(2);
    const found: string[] = [];
    let ofContent = 0;
    for (const [file, plain] of builtTexts(dist)) {
      for (const o of occurrences(plainForm(file), zywiecStem, ordinaryPolishWord))
        found.push(`${file} (its name): ${o.context}`);
      const all = occurrences(plain, zywiecStem, ordinaryPolishWord);
      const left = all.filter((o) =>
        /^pagefind\/.*\.pf_index$/.test(file) ? !isContentWord(plain, o.at, words) : !isContent(plain, o.at, phrases),
      );
      ofContent += all.length - left.length;
      found.push(...left.map((o) => `${file}: …${o.context}…`));
    }
    expect(found).toEqual([]);
    expect(ofContent).toBeGreaterThan(0);
  });

  it('names Kłodzko wherever the Żywiec build names Żywiec outside the content', () => {
    const zywiecPhrases = contentPhrases(recordTexts(join(root, fixtureContent)), zywiecStem, ordinaryPolishWord);
    const klodzkoPhrases = contentPhrases(recordTexts(join(dir, 'content')), klodzkoStem);
    const zywiecFiles = builtTexts(zywiecDist);
    const compared: string[] = [];
    for (const [file, plain] of builtTexts(dist)) {
      // Pagefind's files are named after their content; a precompressed file repeats its original.
      if (file.startsWith('pagefind/') || /\.(gz|br)$/.test(file)) continue;
      // The form's script carries the configuration's own data (every form of each name, the ASCII calendar
      // name), as many times as each town writes them: the test above finds no Żywiec in it.
      if (file === 'admin/form.js') continue;
      const before = zywiecFiles.get(file);
      if (before === undefined) continue;
      const named = traces(before, zywiecStem, zywiecPhrases, ordinaryPolishWord).length;
      if (named === 0) continue;
      compared.push(file);
      expect(traces(plain, klodzkoStem, klodzkoPhrases).length, file).toBe(named);
    }
    // Every page names the town (header, title, footer), and so do the data files.
    expect(compared).toEqual(expect.arrayContaining(['index.html', 'en/index.html', 'data/partners.json']));
    expect(compared.length).toBeGreaterThan(40);
  });

  it('puts the other town’s names in the title, home page, statement, calendar, map and structured data', () => {
    const home = readPage(dist, '');
    expect(home.querySelector('title')!.textContent).toContain('Kłodzko');
    expect(home.querySelector('#partner-count')!.textContent.replace(/\s+/g, ' ')).toMatch(/^Kłodzko współpracuje z /);
    const mapHome = home.querySelector('.map-home')!;
    expect(mapHome.getAttribute('data-id')).toBe('klodzko');
    expect(mapHome.textContent).toContain('Kłodzko');
    const jsonLd = home
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => s.textContent)
      .join('\n');
    expect(jsonLd).toContain('"name":"Urząd Miasta Kłodzka","url":"https://www.klodzko.pl/"');
    expect(home.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(
      'https://www.klodzko.pl/miasta-partnerskie/',
    );

    // Declined forms: "od Kłodzka" on a partner's page, with the distance from Kłodzko itself.
    const page = readPage(dist, `miasta/${heldAtHome.slug}/`);
    const facts = page.querySelector('.facts')!.textContent.replace(/\s+/g, ' ');
    expect(facts).toContain('Odległość od Kłodzka');
    expect(facts).toContain(
      formatKm(distanceKm(klodzko.coordinates, heldAtHome.coordinates), 'pl').replace(/\s/g, ' '),
    );
    expect(page.querySelector('script[type="application/ld+json"]')!.textContent).toContain(
      '"addressLocality":"Kłodzko","addressCountry":"PL"',
    );
    const data = readPage(dist, 'dane/').textContent.replace(/\s+/g, ' ');
    expect(data).toContain('klodzko (w Kłodzku)');

    const statement = readPage(dist, 'deklaracja-dostepnosci/');
    expect(statement.querySelector('#a11y-podmiot')!.textContent).toBe('Urząd Miasta Kłodzka');
    expect(statement.querySelector('#a11y-url')!.textContent).toBe('„Miasta partnerskie Kłodzka”');
    const head = klodzko.office.head.value;
    if (head) expect(statement.textContent.replace(/\s+/g, ' ')).toContain(head.pl);
    const statementEn = readPage(dist, 'en/accessibility-statement/');
    expect(statementEn.querySelector('#a11y-podmiot')!.textContent.replace(/\s+/g, ' ')).toBe(
      'Kłodzko Town Hall (Urząd Miasta Kłodzka)',
    );
    expect(statementEn.querySelector('#a11y-url')!.textContent).toBe('“Kłodzko’s partner towns”');

    const ics = readFileSync(join(dist, 'data/anniversaries.pl.ics'), 'utf8')
      .replace(/\r\n /g, '')
      .replace(/\u00a0/g, ' ');
    expect(ics).toContain('PRODID:-//Urzad Miasta Klodzka//Miasta partnerskie//PL\r\n');
    expect(ics).toContain('X-WR-CALNAME:Rocznice partnerstw Kłodzka\r\n');
    expect(ics).toContain(`SUMMARY;LANGUAGE=pl:Rocznica: Kłodzko – ${heldAtHome.texts.pl!.name}.`);
    expect(ics).toContain('LOCATION;LANGUAGE=pl:Kłodzko\r\n');
  });

  it('publishes the other town’s identifier as the place of its events in the open data, and in the schema', () => {
    const json = JSON.parse(readFileSync(join(dist, 'data/partners.json'), 'utf8')) as {
      partners: { slug: string; distanceKm: number; events: { id: string; place?: string }[] }[];
    };
    const partner = json.partners.find((p) => p.slug === heldAtHome.slug)!;
    const event = heldAtHome.events.find(atHome)!;
    expect(partner.events.find((e) => e.id === event.id)!.place).toBe('klodzko');
    expect(partner.distanceKm).toBe(Math.round(distanceKm(klodzko.coordinates, heldAtHome.coordinates)));
    const schema = JSON.stringify(JSON.parse(readFileSync(join(dist, 'data/partners.schema.json'), 'utf8')));
    expect(schema).toContain('"enum":["klodzko","partner","elsewhere"]');
    expect(readFileSync(join(dist, 'data/events.csv'), 'utf8')).toContain(`,${event.id},${event.date},day,`);
  });
});
