import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { partnerCountSentence } from '../../src/lib/partner-count';
import { readPartnerRecords } from '../helpers/content-records';
import { readPage } from '../helpers/html';
import { sitePages } from '../helpers/site-pages';

const dist = inject('distDir');
const pages = sitePages(dist);
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text a reader gets from a page: its title, its meta description and its body, without scripts. */
function readerText(page: HTMLElement): string[] {
  const body = page.querySelector('body')!.clone() as HTMLElement;
  for (const hidden of body.querySelectorAll('script, style, template')) hidden.remove();
  const attributes = page
    .querySelectorAll('[alt], [title], [aria-label], meta[name="description"], meta[property="og:description"]')
    .flatMap((e) =>
      [e.getAttribute('alt'), e.getAttribute('title'), e.getAttribute('aria-label')].concat(
        e.tagName === 'META' ? [e.getAttribute('content')] : [],
      ),
    )
    .filter((v): v is string => typeof v === 'string');
  return [page.querySelector('title')?.textContent ?? '', ...attributes, body.textContent].map(words);
}

describe('the home page’s count of partner towns', () => {
  const partners = readPartnerRecords();
  const counts = {
    abroad: partners.filter((p) => p.scope === 'international').length,
    domestic: partners.filter((p) => p.scope === 'domestic').length,
  };

  for (const [lang, path] of [
    ['pl', ''],
    ['en', 'en/'],
  ] as const) {
    it(`${lang}: leads with the number of partners in content/, abroad and in Poland, matching the lists below`, () => {
      const page = readPage(dist, path);
      const lead = page.querySelector('main #partner-count')!;
      expect(lead).not.toBeNull();
      // It comes before the introduction kept from the old page.
      expect(page.querySelector('main')!.querySelectorAll('p')[0]).toBe(lead);
      expect(lead.textContent).toBe(partnerCountSentence(useTranslations(lang).townName, counts, lang));
      // The lists of partners on the same page hold as many towns as the sentence says.
      const listed = page.querySelectorAll('main .partner-list > li').length;
      expect(listed).toBe(counts.abroad + counts.domestic);
    });
  }
});

describe('typography of the built pages', () => {
  const english = pages.filter((p) => p.lang === 'en');
  const polish = pages.filter((p) => p.lang === 'pl');

  it('uses one apostrophe in English: no straight one in any text, title, description or label', () => {
    expect(english.length).toBeGreaterThan(10);
    for (const { file } of english) {
      for (const text of readerText(readPage(dist, file))) {
        expect(text.match(/.{0,30}'.{0,30}/g) ?? [], file).toEqual([]);
      }
    }
  });

  it('writes "r." after a year in Polish running text ("15 lipca 1995 r.", "od 2004 r."), not a bare year', () => {
    const months =
      'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|' +
      'styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień';
    // A year after a month or a preposition, followed by neither "r." nor "roku".
    const bareYear = new RegExp(
      `(?:\\b(?:${months}|od|do|w|we|z|po|przed|około))\\s+[12]\\d{3}\\b(?!\\s*(?:r\\.|roku|rok\\b))`,
      'giu',
    );
    expect(polish.length).toBeGreaterThan(10);
    let dates = 0;
    for (const { file } of polish) {
      const page = readPage(dist, file);
      // Headings may be a bare year (the timeline's sections); running text may not.
      for (const heading of page.querySelectorAll('h1, h2, h3')) heading.remove();
      for (const text of readerText(page)) {
        expect(text.match(bareYear) ?? [], file).toEqual([]);
        dates += (text.match(/[12]\d{3} r\./g) ?? []).length;
      }
    }
    expect(dates).toBeGreaterThan(0);
  });

  it('puts non-breaking spaces after Polish one-letter words and between a number and its unit', () => {
    for (const { file } of polish) {
      const html = readPage(dist, file).querySelector('main')!;
      for (const p of html.querySelectorAll('p, li, dd')) {
        const text = p.textContent;
        // One-letter words followed by an ordinary space (the page's own markup breaks lines elsewhere).
        expect(
          text.match(/(?<=^|[\s(„])[aiouwzAIOUWZ] (?=\S)/gu) ?? [],
          `${file}: ${words(text).slice(0, 80)}`,
        ).toEqual([]);
        expect(text.match(/\d (?:r\.|km|dni|miesiące)/gu) ?? [], file).toEqual([]);
      }
    }
  });
});
