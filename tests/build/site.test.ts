import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'node-html-parser';
import { listFiles, readPage, times } from '../helpers/html';
import { domestic, seedDates, seedNames } from '../helpers/seed-facts';

const dist = inject('distDir');
const base = '/miasta-partnerskie/';
const partnerPath = { pl: (slug: string) => `miasta/${slug}/`, en: (slug: string) => `en/towns/${slug}/` };
const timelinePath = { pl: 'kalendarium/', en: 'en/timeline/' };
const homePath = { pl: '', en: 'en/' };
const langs = ['pl', 'en'] as const;
const slugs = Object.keys(seedDates);

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
        for (const slug of slugs) {
          const page = readPage(dist, partnerPath[lang](slug));
          const expected = seedDates[slug]!.map(([iso, pl, en]) => [iso, lang === 'pl' ? pl : en]);
          expect(times(page.querySelector('.events')!), slug).toEqual(expected);
        }
      });

      it('every page says its language, and partner pages show the local name with its own lang', () => {
        for (const slug of slugs) {
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

      it('the timeline lists every seed date in order, grouped by year, each linking to its partner', () => {
        const page = readPage(dist, timelinePath[lang]);
        const all = Object.entries(seedDates)
          .flatMap(([slug, dates]) => dates.map(([iso, pl, en]) => ({ slug, iso, text: lang === 'pl' ? pl : en })))
          .sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
        const items = page.querySelectorAll('main li');
        expect(items.map((li) => times(li)[0])).toEqual(all.map((d) => [d.iso, d.text]));
        expect(items.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(
          all.map((d) => `${base}${partnerPath[lang](d.slug)}`),
        );
        for (const section of page.querySelectorAll('main section')) {
          const year = section.querySelector('h2')!.textContent.trim();
          for (const [iso] of times(section)) expect(iso.slice(0, 4)).toBe(year);
        }
        const years = page.querySelectorAll('main section h2').map((h) => h.textContent.trim());
        expect(years).toEqual([...new Set(all.map((d) => d.iso.slice(0, 4)))]);
      });

      it('the home page groups the partners as international and domestic, each with country and year', () => {
        const page = readPage(dist, homePath[lang]);
        const sections = page.querySelectorAll('main section');
        expect(sections).toHaveLength(2);
        const hrefs = (i: number) => sections[i]!.querySelectorAll('a').map((a) => a.getAttribute('href'));
        const international = slugs.filter((s) => !domestic.includes(s));
        expect(hrefs(0).sort()).toEqual(international.map((s) => `${base}${partnerPath[lang](s)}`).sort());
        expect(hrefs(1)).toEqual(domestic.map((s) => `${base}${partnerPath[lang](s)}`));
        const countries = new Intl.DisplayNames([lang], { type: 'region' });
        for (const li of page.querySelectorAll('main section li')) {
          const slug = li.querySelector('a')!.getAttribute('href')!.split('/').at(-2)!;
          const firstYear = seedDates[slug]!.map(([iso]) => iso)
            .find((iso) => iso.length === 10)!
            .slice(0, 4);
          expect(li.textContent, slug).toContain(countries.of(seedNames[slug]!.country)!);
          expect(times(li)[0]![0], slug).toBe(firstYear);
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
