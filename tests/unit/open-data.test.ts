import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/config/ui.ts';
import { toCsv } from '../../src/blocks/csv.ts';
import { escapeText, foldLine, writeCalendar } from '../../src/blocks/icalendar.ts';
import { homeTown } from '../../src/config/home-town.ts';
import {
  anniversaries,
  anniversariesIcs,
  buildOpenData,
  eventsCsv,
  type PartnerRecord,
} from '../../src/features/open-data/open-data.ts';
import { makePartialDate } from '../../src/blocks/dates.ts';
import { openDataSchema } from '../../src/model/open-data.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('toCsv', () => {
  it('quotes only what needs it, doubles quotes, and ends every row with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['plain', 'with, comma'],
      ['say "hi"', 'two\nlines'],
    ]);
    expect(csv).toBe('a,b\r\nplain,"with, comma"\r\n"say ""hi""","two\nlines"\r\n');
    expect(parse(csv, { columns: true })).toEqual([
      { a: 'plain', b: 'with, comma' },
      { a: 'say "hi"', b: 'two\nlines' },
    ]);
  });

  it('refuses a row of another width than the header', () => {
    expect(() => toCsv([['a', 'b'], ['only one']])).toThrow(/row 2 has 1 fields, the header 2/);
  });
});

describe('iCalendar writing', () => {
  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a character, and unfolds to the original', () => {
    const line = `SUMMARY:${'Żywiec – Bordżomi, ბორჯომი. '.repeat(8)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    parts.slice(1).forEach((p) => expect(p.startsWith(' ')).toBe(true));
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('writes a calendar an independent parser reads back, text intact', () => {
    const text = 'Kraków, Żywiec; "quoted" \\ and a\nnew line';
    const ics = writeCalendar(
      [
        ['PRODID', '-//test//x//PL'],
        ['VERSION', '2.0'],
      ],
      [
        {
          name: 'VEVENT',
          properties: [
            ['UID', 'a@b'],
            ['DTSTAMP', '20000101T000000Z'],
            ['DTSTART', '19950806', { VALUE: 'DATE' }],
            ['SUMMARY', escapeText(text.repeat(3)), { LANGUAGE: 'pl' }],
          ],
        },
      ],
    );
    expect(
      ics
        .split('\r\n')
        .slice(0, -1)
        .every((l) => !l.includes('\n')),
    ).toBe(true);
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(text.repeat(3));
    expect(event.getFirstProperty('summary')!.getParameter('language')).toBe('pl');
  });
});

const day = (y: number, m?: number, d?: number) => makePartialDate(y, m, d)!;
const records: PartnerRecord[] = [
  {
    slug: 'testtown',
    facts: {
      ownName: 'Testville',
      nameLang: 'en',
      country: 'GB',
      scope: 'international',
      coordinates: { latitude: 51, longitude: 0 },
      areas: ['culture'],
      events: [
        { id: 'signed', kind: 'agreement-signed', date: day(2001, 5, 20), place: 'home' },
        { id: 'month', kind: 'agreement-signed', date: day(1999, 3) },
        { id: 'contact', kind: 'first-contact', date: day(1998) },
        { id: 'region', kind: 'regional-agreement', date: day(2000, 2, 18), place: 'elsewhere' },
        { id: 'visit', kind: 'visit', date: day(2002, 6, 1), place: 'partner' },
        { id: 'jubilee', kind: 'anniversary', date: day(2011, 5, 20), place: 'home' },
        { id: 'festival', kind: 'joint-project', date: day(2012, 7, 7) },
        { id: 'misc', kind: 'other', date: day(2013, 1, 2) },
      ],
    },
    texts: { pl: { name: 'Testowo', description: 'Opis partnerstwa w jednym zdaniu, dość długi.', events: {} } },
  },
];
const context = {
  town: homeTown,
  licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  ui: dictionaries,
  pageUrl: (page: { route: string; params?: Record<string, string> }, locale: string) =>
    `https://example.org/${locale}/${page.route}/${page.params ? Object.values(page.params).join('/') : ''}`,
};

describe('buildOpenData', () => {
  const data = buildOpenData(records, context);

  it('fits its own schema, and leaves out a translation that does not exist instead of faking it', () => {
    expect(openDataSchema(homeTown).safeParse(data).success).toBe(true);
    const [p] = data.partners;
    expect(p!.names).toEqual({ pl: 'Testowo' });
    expect(p!.descriptions).toEqual({ pl: 'Opis partnerstwa w jednym zdaniu, dość długi.' });
    // Titles fall back to the kind's label in each language, which always exists.
    expect(p!.events.map((e) => e.titles['en'])).toEqual([
      'First contact',
      'Agreement signed',
      'Regional agreement',
      'Agreement signed',
      'Delegation visit',
      'Anniversary celebration',
      'Joint project or event',
      'Other event',
    ]);
    expect(p!.events.map((e) => e.titles['pl'])).toContain('Wizyta delegacji');
  });

  it('publishes an event in the home town under the town’s identifier, the value the data has always had', () => {
    const places = Object.fromEntries(data.partners[0]!.events.map((e) => [e.id, e.place]));
    expect(places).toMatchObject({ signed: homeTown.id, jubilee: homeTown.id, visit: 'partner', region: 'elsewhere' });
    expect(eventsCsv(data)).toContain(`,${homeTown.id},`);
    // The calendar names the town itself where the event took place.
    const ics = anniversariesIcs(data, 'en', dictionaries.en, 'example.org', homeTown).replace(/\r\n /g, '');
    expect(ics).toContain(`LOCATION;LANGUAGE=en:${homeTown.names.en.nominative}\r\n`);
    expect(ics).toContain(`PRODID:-//${homeTown.calendar.owner}//${homeTown.calendar.product}//EN\r\n`);
  });

  it('puts in the calendar the agreements and milestones known to the day, never visits, celebrations or regional agreements', () => {
    const { included, skipped } = anniversaries(data);
    // The regional agreement (2000-02-18) is concluded by others, not by the two towns: no anniversary of theirs.
    expect(included.map((a) => a.event.id)).toEqual(['signed']);
    expect(skipped.map((a) => a.event.id)).toEqual(['month']);
    const ics = anniversariesIcs(data, 'en', dictionaries.en, 'example.org', homeTown);
    expect(ics).toContain('DTSTART;VALUE=DATE:20010520\r\n');
    for (const left of ['20000218', '20020601', '20110520', '20120707', '20130102'])
      expect(ics).not.toContain(`DTSTART;VALUE=DATE:${left}`);
    expect(ics).toContain('DTSTAMP:20130102T000000Z\r\n'); // from the data, never the clock
    expect(ics).not.toContain('1999');
    expect(ics).toBe(anniversariesIcs(buildOpenData(records, context), 'en', dictionaries.en, 'example.org', homeTown));
  });
});
