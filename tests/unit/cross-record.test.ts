import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales.ts';
import {
  contentFiles,
  crossRecordProblems,
  recordFile,
  type ContentRecords,
  type Fields,
  type Read,
} from '../../src/lib/content-check/cross-record.ts';

const files = contentFiles('c');
const home = new Map([['home', new Map<Locale, Read>([['pl', { data: { title: 'Start' } }]])]]);

/** Records from plain objects: facts by slug, texts by slug and language. */
function records(
  facts: Record<string, Fields | undefined>,
  texts: Record<string, Partial<Record<Locale, Fields | undefined>>> = {},
  pages: ContentRecords['pages'] = home,
): ContentRecords {
  return {
    facts: new Map(Object.entries(facts).map(([slug, data]) => [slug, { data }])),
    texts: new Map(
      Object.entries(texts).map(([slug, byLang]) => [
        slug,
        new Map(Object.entries(byLang).map(([l, data]) => [l as Locale, { data }])),
      ]),
    ),
    pages,
  };
}

const town = (extra: Fields = {}): Fields => ({
  name: 'Riom',
  events: [{ id: 'signed', place: 'partner' }],
  ...extra,
});
const text = (extra: Fields = {}): Fields => ({ name: 'Riom', events: {}, ...extra });
const codes = (r: ContentRecords) => crossRecordProblems(r, files).map((p) => [p.code, recordFile(p.record, files)]);

describe('the rules across records', () => {
  it('find nothing in records that agree', () => {
    expect(crossRecordProblems(records({ riom: town() }, { riom: { pl: text(), en: text() } }), files)).toEqual([]);
  });

  it('refuse texts without facts, each text on its own', () => {
    expect(codes(records({}, { riom: { pl: text(), en: text() } }))).toEqual([
      ['orphan-translation', 'c/partners/riom/pl.md'],
      ['orphan-translation', 'c/partners/riom/en.md'],
    ]);
    const [p] = crossRecordProblems(records({}, { riom: { pl: text() } }), files);
    expect(p!.pl).toContain('Dodaj c/partners/riom/partner.md');
    expect(p!.en).toContain('Add c/partners/riom/partner.md');
  });

  it('refuse facts without any text, naming the file to add', () => {
    const problems = crossRecordProblems(records({ riom: town() }), files);
    expect(problems.map((p) => p.code)).toEqual(['no-translation']);
    expect(problems[0]!.record).toEqual({ kind: 'facts', slug: 'riom' });
    expect(problems[0]!.pl).toContain('Dodaj obok c/partners/riom/pl.md (i najlepiej en.md)');
  });

  it('count an unreadable text as a text, and check nothing else in it', () => {
    const r = records({ riom: town({ emblem: 'herb.png' }) }, { riom: { pl: undefined } });
    expect(crossRecordProblems(r, files)).toEqual([]);
  });

  it('refuse the same town twice, by its own name (any case) or its Wikidata item, on the later folder', () => {
    const r = records(
      {
        riom: town({ wikidata: 'Q1' }),
        'riom-2': town({ name: ' RIOM ' }),
        'z-other': town({ name: 'Other', wikidata: 'Q1' }),
      },
      { riom: { pl: text() }, 'riom-2': { pl: text() }, 'z-other': { pl: text() } },
    );
    const problems = crossRecordProblems(r, files);
    expect(problems.map((p) => [p.code, p.record, p.field, p.value, p.at])).toEqual([
      ['duplicate-partner', { kind: 'facts', slug: 'riom-2' }, 'name', ' RIOM ', { path: ['name'] }],
      ['duplicate-partner', { kind: 'facts', slug: 'z-other' }, 'wikidata', 'Q1', { path: ['wikidata'] }],
    ]);
    expect(problems[0]!.en).toContain('c/partners/riom/partner.md has the same name');
  });

  it('refuse an event id a text names that the facts do not have, suggesting the near one', () => {
    const r = records({ riom: town() }, { riom: { en: text({ events: { signd: { title: 'x' } } }) } });
    const [p, ...rest] = crossRecordProblems(r, files);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      code: 'unknown-event',
      record: { kind: 'text', slug: 'riom', locale: 'en' },
      field: 'events.signd',
      value: 'signd',
      at: { path: ['events', 'signd'], part: 'key' },
    });
    expect(p!.en).toBe('partner.md has no event with the id "signd". Did you mean "signed"? The ids there: signed.');
  });

  it('ask every text for the venue of an event held elsewhere', () => {
    const facts = town({
      events: [
        { id: 'signed', place: 'partner' },
        { id: 'fair', place: 'elsewhere' },
      ],
    });
    const r = records(
      { riom: facts },
      {
        riom: { pl: text({ events: { fair: { venue: 'Worthing' } } }), en: text({ events: { fair: { venue: ' ' } } }) },
      },
    );
    const problems = crossRecordProblems(r, files);
    expect(problems.map((p) => [p.code, p.record, p.field])).toEqual([
      ['missing-venue', { kind: 'text', slug: 'riom', locale: 'en' }, 'events.fair.venue'],
    ]);
    expect(problems[0]!.en).toContain('(events[1] in partner.md)');
  });

  it('ask every text for the description of the main picture, whether a path or a processed image', () => {
    for (const emblem of ['herb.png', { src: '/_astro/herb.hash.png', width: 1, height: 1 }]) {
      const r = records({ riom: town({ emblem }) }, { riom: { pl: text({ emblemAlt: 'Herb' }), en: text() } });
      expect(codes(r)).toEqual([['missing-alt', 'c/partners/riom/en.md']]);
    }
    const blank = records({ riom: town({ emblem: ' ' }) }, { riom: { en: text() } });
    expect(crossRecordProblems(blank, files)).toEqual([]);
  });

  it('still apply where the facts are otherwise invalid, and skip what cannot be read', () => {
    const r = records(
      { riom: { name: 3, events: 'none' }, adur: undefined },
      { riom: { pl: text({ events: { x: {} } }) }, adur: { pl: text() } },
    );
    expect(codes(r)).toEqual([['unknown-event', 'c/partners/riom/pl.md']]);
  });

  it('refuse a site without the home page in any language, and accept it in one', () => {
    expect(codes(records({}, {}, new Map()))).toEqual([['missing-page', 'c/pages/pl/home.md']]);
    const englishOnly = new Map([['home', new Map<Locale, Read>([['en', { data: {} }]])]]);
    expect(codes(records({}, {}, englishOnly))).toEqual([]);
  });
});
