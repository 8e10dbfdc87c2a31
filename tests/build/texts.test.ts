import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { useTranslations } from '../../src/config/ui.ts';
import { partnerCountSentence } from '../../src/features/partners/partner-count.ts';
import { readPartnerRecords } from '../helpers/content-records.ts';
import { readPage } from '../helpers/html.ts';
import { sitePages } from '../helpers/site-pages.ts';

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

describe('facts named for what they are', () => {
  const partners = readPartnerRecords();
  const paths = {
    timeline: { pl: 'kalendarium/', en: 'en/timeline/' },
    partner: { pl: (slug: string) => `miasta/${slug}/`, en: (slug: string) => `en/towns/${slug}/` },
  };

  for (const lang of ['pl', 'en'] as const) {
    const ui = useTranslations(lang);

    it(`${lang}: the timeline shows a regional agreement under who concluded it, with the partnership beside it`, () => {
      const regional = partners.flatMap((p) =>
        p.events.filter((e) => e.kind === 'regional-agreement').map((e) => ({ partner: p, event: e })),
      );
      expect(regional.length, 'the fixture has a regional agreement').toBeGreaterThan(0);
      const items = readPage(dist, paths.timeline[lang]).querySelectorAll('main li');
      for (const { partner, event } of regional) {
        const texts = partner.texts[lang] ?? partner.texts['pl']!;
        const party = texts.events?.[event.id]?.party ?? ui.eventKinds['regional-agreement'];
        const item = items.find(
          (li) => li.querySelector(`time[datetime="${event.date}"]`) && words(li.textContent).includes(words(party)),
        );
        expect(item, `${partner.slug}/${event.id}`).toBeDefined();
        // It starts with who concluded it, not with the partner town; the town is named as the partnership.
        const text = words(item!.textContent);
        expect(text.indexOf(words(party)), text).toBeLessThan(text.indexOf(words(ui.partnership)));
        const link = item!.querySelector('a')!;
        expect(link.getAttribute('href')).toContain(paths.partner[lang](partner.slug));
        expect(words(link.parentNode!.textContent)).toContain(words(ui.partnership));
        // Still on the partner town's own page.
        const own = readPage(dist, paths.partner[lang](partner.slug));
        expect(own.querySelector(`main .events time[datetime="${event.date}"]`), partner.slug).not.toBeNull();
      }
    });

    it(`${lang}: a website is labelled by its kind (official site, tourism portal) or just as a website`, () => {
      for (const partner of partners.filter((p) => p.website)) {
        const page = readPage(dist, paths.partner[lang](partner.slug));
        const labels = page.querySelectorAll('main .facts dt').map((dt) => words(dt.textContent));
        const kind = partner.websiteKind as keyof typeof ui.websiteKinds | undefined;
        expect(labels, partner.slug).toContain(words(kind ? ui.websiteKinds[kind] : ui.website));
      }
      for (const partner of partners.filter((p) => !p.website)) {
        const links = readPage(dist, paths.partner[lang](partner.slug)).querySelectorAll('main .facts a');
        expect(links, partner.slug).toHaveLength(0);
      }
    });
  }
});
