import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/blocks/locales.ts';
import {
  contentFiles,
  crossRecordProblems,
  recordFile,
  type ContentRecords,
  type Fields,
  type Read,
} from '../../src/model/cross-record.ts';

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

/** A Polish file: the facts and the Polish texts, each event's title and venue beside its facts. */
const town = (extra: Fields = {}): Fields => ({
  ownName: 'Riom',
  name: 'Riom',
  events: [{ id: 'signed', place: 'partner', title: 'Podpisanie' }],
  ...extra,
});
/** A text in another language: event texts as a list by id. */
const text = (extra: Fields = {}): Fields => ({ name: 'Riom', events: [], ...extra });
const codes = (r: ContentRecords) => crossRecordProblems(r, files).map((p) => [p.code, recordFile(p.record, files)]);

describe('the rules across records', () => {
  it('name one file per language, the Polish one with the facts', () => {
    expect(files.facts('riom')).toBe('c/partners/riom/index.pl.md');
    expect(files.text('riom', 'en')).toBe('c/partners/riom/index.en.md');
    expect(files.text('riom', 'pl')).toBe(files.facts('riom'));
  });

  it('find nothing in records that agree', () => {
    expect(crossRecordProblems(records({ riom: town() }, { riom: { en: text() } }), files)).toEqual([]);
  });

  it('accept a partner with only its Polish file: the Polish text is beside the facts', () => {
    expect(crossRecordProblems(records({ riom: town() }), files)).toEqual([]);
  });

  it('refuse texts without the Polish file, each text on its own', () => {
    const r: ContentRecords = {
      ...records({}),
      texts: new Map([
        [
          'riom',
          new Map<Locale, Read>([
            ['en', { data: text() }],
            ['de' as Locale, { data: text() }],
          ]),
        ],
      ]),
    };
    expect(codes(r)).toEqual([
      ['orphan-translation', 'c/partners/riom/index.en.md'],
      ['orphan-translation', 'c/partners/riom/index.de.md'],
    ]);
    const [p] = crossRecordProblems(records({}, { riom: { en: text() } }), files);
    expect(p!.pl).toContain('Dodaj c/partners/riom/index.pl.md (np. npm run new-partner -- riom)');
    expect(p!.en).toContain('Add c/partners/riom/index.pl.md (e.g. npm run new-partner -- riom)');
  });

  it('take a blank file (as Decap CMS writes an untranslated language) for a text not written yet', () => {
    const blank = (facts: Record<string, Fields>): ContentRecords => ({
      ...records(facts),
      texts: new Map([['riom', new Map<Locale, Read>([['en', { data: {}, blank: true }]])]]),
    });
    // Not an orphan, and not asked for a venue or a picture's description.
    expect(crossRecordProblems(blank({}), files)).toEqual([]);
    const elsewhere = town({
      emblem: 'herb.png',
      emblemAlt: 'Herb',
      events: [{ id: 'fair', place: 'elsewhere', venue: 'Worthing' }],
    });
    expect(crossRecordProblems(blank({ riom: elsewhere }), files)).toEqual([]);
  });

  it('count an unreadable text as a text, and check nothing else in it', () => {
    const r = records({ riom: town({ emblem: 'herb.png', emblemAlt: 'Herb' }) }, { riom: { en: undefined } });
    expect(crossRecordProblems(r, files)).toEqual([]);
  });

  it('refuse the same town twice, by its own name (any case) or its Wikidata item, on the later folder', () => {
    const r = records({
      riom: town({ wikidata: 'Q1' }),
      'riom-2': town({ ownName: ' RIOM ' }),
      'z-other': town({ ownName: 'Other', wikidata: 'Q1' }),
    });
    const problems = crossRecordProblems(r, files);
    expect(problems.map((p) => [p.code, p.record, p.field, p.value, p.at])).toEqual([
      ['duplicate-partner', { kind: 'facts', slug: 'riom-2' }, 'ownName', ' RIOM ', { path: ['ownName'] }],
      ['duplicate-partner', { kind: 'facts', slug: 'z-other' }, 'wikidata', 'Q1', { path: ['wikidata'] }],
    ]);
    expect(problems[0]!.en).toContain('c/partners/riom/index.pl.md has the same ownName');
  });

  it('refuse an event id a text names that the Polish file does not have, at the id, suggesting the near one', () => {
    const r = records({ riom: town() }, { riom: { en: text({ events: [{ id: 'signd', title: 'x' }] }) } });
    const [p, ...rest] = crossRecordProblems(r, files);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      code: 'unknown-event',
      record: { kind: 'text', slug: 'riom', locale: 'en' },
      field: 'events[0].id',
      value: 'signd',
      at: { path: ['events', 0, 'id'] },
    });
    expect(p!.en).toBe(
      'index.pl.md has no event with the id "signd", so this text would not be shown anywhere. Did you mean "signed"? The ids there: signed. Correct the id or add the event to index.pl.md.',
    );
  });

  it('refuse the text of an event given twice in a file, at the second one', () => {
    const twice = [
      { id: 'signed', title: 'Signing' },
      { id: 'signed', title: 'Signature' },
    ];
    const problems = crossRecordProblems(records({ riom: town() }, { riom: { en: text({ events: twice }) } }), files);
    expect(problems.map((p) => [p.code, p.field, p.at])).toEqual([
      ['duplicate', 'events[1].id', { path: ['events', 1, 'id'] }],
    ]);
  });

  it('read event texts already made a map by id (as the loaders have them) the same way', () => {
    const r = records({ riom: town() }, { riom: { en: text({ events: { signd: { title: 'x' } } }) } });
    expect(codes(r)).toEqual([['unknown-event', 'c/partners/riom/index.en.md']]);
  });

  it('ask every language for the venue of an event held elsewhere, the Polish one beside its facts', () => {
    const facts = town({
      events: [
        { id: 'signed', place: 'partner' },
        { id: 'fair', place: 'elsewhere', venue: 'Worthing' },
      ],
    });
    const given = (venue: string) => text({ events: [{ id: 'fair', venue }] });
    expect(crossRecordProblems(records({ riom: facts }, { riom: { en: given('Worthing') } }), files)).toEqual([]);
    const problems = crossRecordProblems(records({ riom: facts }, { riom: { en: given(' ') } }), files);
    expect(problems.map((p) => [p.code, p.record, p.field])).toEqual([
      ['missing-venue', { kind: 'text', slug: 'riom', locale: 'en' }, 'events[0].venue'],
    ]);
    expect(problems[0]!.en).toContain('(events[1] in index.pl.md)');
    // No entry for the event in English at all: pointed at the list.
    const none = crossRecordProblems(records({ riom: facts }, { riom: { en: text() } }), files);
    expect(none.map((p) => [p.code, p.field, p.at])).toEqual([
      ['missing-venue', 'events', { path: ['events'], part: 'key' }],
    ]);
    // Nor in Polish, beside the event's facts.
    const polish = town({ events: [{ id: 'fair', place: 'elsewhere' }] });
    const [p] = crossRecordProblems(records({ riom: polish }), files);
    expect([p!.code, p!.record, p!.field]).toEqual([
      'missing-venue',
      { kind: 'facts', slug: 'riom' },
      'events[0].venue',
    ]);
  });

  it('ask every text for the description of the main picture, whether a path or a processed image', () => {
    for (const emblem of ['herb.png', { src: '/_astro/herb.hash.png', width: 1, height: 1 }]) {
      const r = records({ riom: town({ emblem, emblemAlt: 'Herb' }) }, { riom: { en: text() } });
      expect(codes(r)).toEqual([['missing-alt', 'c/partners/riom/index.en.md']]);
      expect(codes(records({ riom: town({ emblem }) }))).toEqual([['missing-alt', 'c/partners/riom/index.pl.md']]);
    }
    const blank = records({ riom: town({ emblem: ' ' }) }, { riom: { en: text() } });
    expect(crossRecordProblems(blank, files)).toEqual([]);
  });

  it('still apply where the facts are otherwise invalid, and skip what cannot be read', () => {
    const r = records(
      { riom: { ownName: 3, events: 'none' }, adur: undefined },
      { riom: { en: text({ events: [{ id: 'x' }] }) }, adur: { en: text() } },
    );
    expect(codes(r)).toEqual([['unknown-event', 'c/partners/riom/index.en.md']]);
  });

  it('refuse a site without the home page in any language, and accept it in one', () => {
    expect(codes(records({}, {}, new Map()))).toEqual([['missing-page', 'c/pages/pl/home.md']]);
    const englishOnly = new Map([['home', new Map<Locale, Read>([['en', { data: {} }]])]]);
    expect(codes(records({}, {}, englishOnly))).toEqual([]);
  });
});
