import { readFileSync } from 'node:fs';
import { localeCodes } from '../../src/blocks/locales.ts';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'node-html-parser';
import { listFiles, readPage, times } from '../helpers/html.ts';
import { readPartnerRecords } from '../helpers/content-records.ts';
import { compareIso, expectedDate } from '../helpers/expected-dates.ts';
import { seedDates, seedNames } from '../helpers/seed-facts.ts';

const dist = inject('distDir');
const base = '/miasta-partnerskie/';
const partnerPath = { pl: (slug: string) => `miasta/${slug}/`, en: (slug: string) => `en/towns/${slug}/` };
const timelinePath = { pl: 'kalendarium/', en: 'en/timeline/' };
const homePath = { pl: '', en: 'en/' };
const langs = localeCodes;
const records = readPartnerRecords();
const slugs = records.map((r) => r.slug);
/** The partners whose facts were typed in from the town's old page. */
const seedSlugs = Object.keys(seedDates);

describe('the built site', () => {
  let files: string[];
  beforeAll(() => {
    files = listFiles(dist);
  });

  it('has a page for every partner in both languages, plus the home, timeline and 404 pages', () => {
    const expected = [
      'index.html',
      '404.html',
      'en/404.html',
      ...langs.map((l) => `${timelinePath[l]}index.html`),
      ...langs.flatMap((l) => slugs.map((s) => `${partnerPath[l](s)}index.html`)),
      'en/index.html',
    ];
    expect(files).toEqual(expect.arrayContaining(expected));
    const partnerPages = files.filter((f) => /^(miasta|en\/towns)\/[^/]+\/index\.html$/.test(f));
    expect(partnerPages).toHaveLength(slugs.length * 2);
  });

  for (const lang of langs) {
    describe(`in ${lang}`, () => {
      it('every partner page shows every seed date as <time datetime> written out in the language, in order', () => {
        for (const slug of seedSlugs) {
          const page = readPage(dist, partnerPath[lang](slug));
          const expected = seedDates[slug]!.map(([iso, pl, en]) => [iso, lang === 'pl' ? pl : en]);
          expect(times(page.querySelector('.events')!), slug).toEqual(expected);
        }
      });

      it('every page says its language, and partner pages show the local name with its own lang', () => {
        for (const slug of seedSlugs) {
          const page = readPage(dist, partnerPath[lang](slug));
          const names = seedNames[slug]!;
          expect(page.querySelector('html')!.getAttribute('lang')).toBe(lang);
          expect(page.querySelector('h1')!.textContent.trim(), slug).toBe(names[lang]);
          const marked = page.querySelectorAll(`main [lang="${names.lang}"]`).map((n) => n.textContent.trim());
          if (names.lang !== lang) expect(marked, slug).toContain(names.own);
        }
        for (const path of [homePath[lang], timelinePath[lang], lang === 'pl' ? '404.html' : 'en/404.html']) {
          expect(readPage(dist, path).querySelector('html')!.getAttribute('lang'), path).toBe(lang);
        }
      });

      it('the language switcher leads to the same page in the other language', () => {
        const other = lang === 'pl' ? 'en' : 'pl';
        for (const slug of slugs) {
          const switcher = readPage(dist, partnerPath[lang](slug)).querySelector('.lang-switch a')!;
          expect(switcher.getAttribute('href')).toBe(`${base}${partnerPath[other](slug)}`);
          expect(switcher.getAttribute('lang')).toBe(other);
        }
        const fromTimeline = readPage(dist, timelinePath[lang]).querySelector('.lang-switch a')!;
        expect(fromTimeline.getAttribute('href')).toBe(`${base}${timelinePath[other]}`);
      });

      it('the timeline lists every event of every partner in date order, grouped by year, each linking to its partner', () => {
        const page = readPage(dist, timelinePath[lang]);
        const items = page.querySelectorAll('main li').map((li) => ({
          time: times(li)[0]!,
          href: li.querySelector('a')!.getAttribute('href'),
        }));
        const expected = records.flatMap((r) =>
          r.events.map((e) => [`${base}${partnerPath[lang](r.slug)}`, e.date, expectedDate(e.date, lang)].join(' ')),
        );
        expect(items.map((i) => [i.href, ...i.time].join(' ')).sort()).toEqual(expected.sort());
        const isos = items.map((i) => i.time[0]);
        expect(isos).toEqual([...isos].sort(compareIso));
        for (const section of page.querySelectorAll('main section')) {
          const year = section.querySelector('h2')!.textContent.trim();
          for (const [iso] of times(section)) expect(iso.slice(0, 4)).toBe(year);
        }
        const years = page.querySelectorAll('main section h2').map((h) => h.textContent.trim());
        expect(years).toEqual([...new Set(isos.map((iso) => iso.slice(0, 4)))]);
      });

      it('the home page groups the partners as international and domestic, each with country and year', () => {
        const page = readPage(dist, homePath[lang]);
        const sections = page.querySelectorAll('main section');
        expect(sections).toHaveLength(2);
        const hrefs = (i: number) => sections[i]!.querySelectorAll('a').map((a) => a.getAttribute('href'));
        const link = (r: (typeof records)[number]) => `${base}${partnerPath[lang](r.slug)}`;
        expect(hrefs(0).sort()).toEqual(
          records
            .filter((r) => r.scope === 'international')
            .map(link)
            .sort(),
        );
        expect(hrefs(1).sort()).toEqual(
          records
            .filter((r) => r.scope === 'domestic')
            .map(link)
            .sort(),
        );
        const countries = new Intl.DisplayNames([lang], { type: 'region' });
        for (const li of page.querySelectorAll('main section li')) {
          const slug = li.querySelector('a')!.getAttribute('href')!.split('/').at(-2)!;
          const record = records.find((r) => r.slug === slug)!;
          // "Since": the first agreement signed, or failing one the first event.
          const dates = (kind?: string) =>
            record.events
              .filter((e) => !kind || e.kind === kind)
              .map((e) => e.date)
              .sort(compareIso);
          const since = (dates('agreement-signed')[0] ?? dates()[0])!;
          expect(li.textContent, slug).toContain(countries.of(record.country)!);
          expect(times(li)[0]![0], slug).toBe(since.slice(0, 4));
        }
      });
    });
  }

  it('makes no request to another host: no external scripts, styles, fonts or images', () => {
    // Elements whose URL the browser fetches by itself; canonical/alternate links and <a> are not requests.
    const fetched =
      'script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src], object[data], link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="manifest"]';
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dist, file), 'utf8');
      const doc = parse(html);
      for (const el of doc.querySelectorAll(fetched)) {
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('data') ?? '';
        expect(url, `${file}: <${el.tagName.toLowerCase()}>`).toMatch(/^\/(?!\/)/);
      }
      const css = doc
        .querySelectorAll('style')
        .map((s) => s.textContent)
        .join('\n');
      expect(css, file).not.toMatch(/@import|url\((['"]?)(https?:)?\/\//);
    }
  });
});
