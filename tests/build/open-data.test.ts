import { Ajv2020 } from 'ajv/dist/2020.js';
import { localeCodes } from '../../src/blocks/locales.ts';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { anniversaryKinds, eventKinds } from '../../src/model/events.ts';
import { readPage } from '../helpers/html.ts';
import { readPartnerRecords } from '../helpers/content-records.ts';
import { homeTown } from '../../src/config/home-town.ts';

const dist = inject('distDir');
const base = homeTown.site.basePath;
const site = homeTown.site.url;
const partners = readPartnerRecords();
/**
 * The open data's value for a place as written: the home town, written `home` or as its identifier, is
 * published as its identifier, the value the files have always had for it.
 */
const published = (place: string | undefined) => (place === 'home' ? homeTown.id : place);
const allEvents = partners.flatMap((p) => p.events.map((e) => ({ slug: p.slug, ...e })));
const precision = (date: string) => (date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year');
const key = (e: { slug: string; id: string }) => `${e.slug}/${e.id}`;
const read = (file: string) => readFileSync(join(dist, 'data', file), 'utf8');

interface Json {
  partners: {
    slug: string;
    name: string;
    names: Record<string, string>;
    country: string;
    areas: string[];
    pages: Record<string, string>;
    events: {
      id: string;
      kind: string;
      date: string;
      precision: string;
      place?: string;
      titles: Record<string, string>;
      parties?: Record<string, string>;
    }[];
    website?: string;
    websiteKind?: string;
  }[];
}

describe('partners.json', () => {
  const json = JSON.parse(read('partners.json')) as Json;
  const schema = JSON.parse(read('partners.schema.json')) as Record<string, unknown>;

  it('validates against its published JSON Schema (checked by Ajv, an independent validator)', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The schema is not a pushover: it refuses an event of an unknown kind and a stray field.
    const broken = structuredClone(json);
    broken.partners[0]!.events[0]!.kind = 'party';
    expect(validate(broken)).toBe(false);
    expect(validate({ ...json, extra: 1 })).toBe(false);
  });

  it('holds every partner and every event of every record, with facts and texts in both languages', () => {
    expect(json.partners.map((p) => p.slug)).toEqual(partners.map((p) => p.slug));
    for (const p of partners) {
      const out = json.partners.find((q) => q.slug === p.slug)!;
      expect(out.name).toBe(p.name);
      expect(out.country).toBe(p.country);
      expect(out.areas).toEqual(p.areas);
      // The website as a web address, called what the record says it is (and nothing when it says nothing).
      expect(out.website === undefined, p.slug).toBe(p.website === undefined);
      if (p.website) expect(out.website, p.slug).toContain(p.website.replace(/^https?:\/\//, ''));
      expect(out.websiteKind, p.slug).toBe(p.website ? p.websiteKind : undefined);
      // Only the languages the partner's text exists in.
      expect(out.names).toEqual(Object.fromEntries(Object.entries(p.texts).map(([lang, t]) => [lang, t.name])));
      expect(out.pages).toEqual({ pl: `${site}${base}miasta/${p.slug}/`, en: `${site}${base}en/towns/${p.slug}/` });
      expect(out.events.map((e) => e.id).sort()).toEqual(p.events.map((e) => e.id).sort());
      for (const e of p.events) {
        const o = out.events.find((x) => x.id === e.id)!;
        expect(
          { kind: o.kind, date: o.date, precision: o.precision, place: o.place },
          key({ slug: p.slug, ...e }),
        ).toEqual({
          kind: e.kind,
          date: e.date,
          precision: precision(e.date),
          place: published(e.place),
        });
        for (const lang of localeCodes) {
          const title = p.texts[lang]?.events?.[e.id]?.title;
          if (title) expect(o.titles[lang]).toBe(title);
          else expect(o.titles[lang]!.length).toBeGreaterThan(0);
          expect(o.parties?.[lang], `${p.slug}/${e.id} party`).toBe(p.texts[lang]?.events?.[e.id]?.party);
        }
      }
    }
  });

  it('its schema is served beside it, with its own address as $id', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(`${site}${base}data/partners.schema.json`);
  });
});

describe('events.csv', () => {
  const text = read('events.csv');

  it('is UTF-8 CSV by RFC 4180: no byte order mark, CRLF line ends, read by csv-parse', () => {
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\r/);
    // Every line break outside quotes is CRLF: parsing with the strict CRLF delimiter gives the same rows.
    const rows = parse(text, { columns: true, record_delimiter: '\r\n', strict: true } as never) as Record<
      string,
      string
    >[];
    expect(rows).toEqual(parse(text, { columns: true }));
  });

  it('has one row per event of every partner, with the record’s facts and both languages’ names', () => {
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([
      'partner',
      'own_name',
      'name_pl',
      'name_en',
      'country',
      'event',
      'date',
      'precision',
      'kind',
      'title_pl',
      'title_en',
      'place',
      'venue_pl',
      'venue_en',
      'party_pl',
      'party_en',
      'planned',
    ]);
    expect(rows.map((r) => `${r['partner']}/${r['event']}`).sort()).toEqual(allEvents.map(key).sort());
    for (const e of allEvents) {
      const row = rows.find((r) => r['partner'] === e.slug && r['event'] === e.id)!;
      const p = partners.find((q) => q.slug === e.slug)!;
      expect(row, key(e)).toMatchObject({
        own_name: p.name,
        name_pl: p.texts['pl']!.name,
        name_en: p.texts['en']?.name ?? '',
        country: p.country,
        date: e.date,
        precision: precision(e.date),
        kind: e.kind,
        place: published(e.place) ?? '',
        venue_pl: p.texts['pl']?.events?.[e.id]?.venue ?? '',
        venue_en: p.texts['en']?.events?.[e.id]?.venue ?? '',
        party_pl: p.texts['pl']?.events?.[e.id]?.party ?? '',
        party_en: p.texts['en']?.events?.[e.id]?.party ?? '',
      });
    }
  });
});

describe('anniversaries.<lang>.ics', () => {
  const signings = allEvents.filter((e) => (anniversaryKinds as readonly string[]).includes(e.kind));
  const dayKnown = signings.filter((e) => precision(e.date) === 'day');

  it('the fixture has a regional agreement known to the day and events of every kind', () => {
    // Known to the day, so only its kind keeps it out of the calendar.
    expect(allEvents.some((e) => e.kind === 'regional-agreement' && precision(e.date) === 'day')).toBe(true);
    for (const kind of eventKinds)
      expect(
        allEvents.some((e) => e.kind === kind),
        kind,
      ).toBe(true);
  });

  for (const lang of localeCodes) {
    it(`leaves regional agreements, visits, celebrations, projects and other events out of the calendar (${lang})`, () => {
      const text = read(`anniversaries.${lang}.ics`);
      const others = allEvents.filter((e) => !(anniversaryKinds as readonly string[]).includes(e.kind));
      expect(others.length).toBeGreaterThan(0);
      for (const e of others) expect(text, key(e)).not.toContain(`-${e.slug}-${e.id}-${lang}@`);
    });
  }

  for (const lang of localeCodes) {
    const text = read(`anniversaries.${lang}.ics`);

    it(`parses with ical.js and holds one yearly all-day event per signing known to the day (${lang})`, () => {
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
      expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events).toHaveLength(dayKnown.length);
      const uids = events.map((e) => e.uid);
      expect(new Set(uids).size).toBe(uids.length);
      for (const e of dayKnown) {
        const p = partners.find((q) => q.slug === e.slug)!;
        const match = events.filter((v) => v.uid.includes(`-${e.slug}-${e.id}-`));
        expect(match, key(e)).toHaveLength(1);
        const event = match[0]!;
        expect(event.startDate.isDate, key(e)).toBe(true);
        expect(event.startDate.toString()).toBe(e.date);
        expect(event.component.getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=YEARLY');
        // A partner with no text in the language is named by its own name.
        expect(event.summary).toContain(p.texts[lang]?.name ?? p.name);
        expect(event.component.getFirstProperty('summary')!.getParameter('language')).toBe(lang);
        // Recurs on the same day each year.
        const next = event.iterator();
        next.next();
        const second = next.next()!;
        expect(second.toString()).toBe(`${Number(e.date.slice(0, 4)) + 1}${e.date.slice(4)}`);
      }
    });

    it(`is byte-stable: CRLF lines of at most 75 octets, DTSTAMP from the data, not the clock (${lang})`, () => {
      expect(text.endsWith('\r\n')).toBe(true);
      const lines = text.split('\r\n').slice(0, -1);
      for (const line of lines) {
        expect(line).not.toMatch(/[\r\n]/);
        expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
      }
      const latestDay = allEvents
        .filter((e) => precision(e.date) === 'day')
        .map((e) => e.date)
        .sort()
        .at(-1)!;
      const stamps = new Set(lines.filter((l) => l.startsWith('DTSTAMP:')));
      expect([...stamps]).toEqual([`DTSTAMP:${latestDay.replaceAll('-', '')}T000000Z`]);
    });
  }
});

describe('the Data page', () => {
  for (const [lang, path] of [
    ['pl', 'dane/'],
    ['en', 'en/data/'],
  ] as const) {
    it(`links every file, which exists, and states the licence (${lang})`, () => {
      const page = readPage(dist, path);
      const links = page.querySelectorAll('main .data-files a').map((a) => a.getAttribute('href')!);
      expect(links.sort()).toEqual(
        [
          'data/partners.json',
          'data/partners.schema.json',
          'data/events.csv',
          'data/anniversaries.pl.ics',
          'data/anniversaries.en.ics',
        ]
          .map((f) => `${base}${f}`)
          .sort(),
      );
      for (const href of links) expect(existsSync(join(dist, href.slice(base.length))), href).toBe(true);
      expect(page.querySelector('main a[rel="license"]')!.getAttribute('href')).toBe(
        'https://creativecommons.org/licenses/by/4.0/',
      );
    });

    it(`explains every CSV column and every field of the JSON Schema (${lang})`, () => {
      const page = readPage(dist, path);
      const documented = (id: string) => page.querySelectorAll(`#${id} tbody th`).map((th) => th.textContent.trim());
      const header = read('events.csv').split('\r\n')[0]!.split(',');
      expect(documented('csv-columns')).toEqual(header);
      for (const row of page.querySelectorAll('#csv-columns tbody tr, #json-fields tbody tr'))
        expect(row.querySelector('td')!.textContent.trim().length).toBeGreaterThan(5);
      // Walk the published schema: the data set, a partner, an event.
      type Node = { properties?: Record<string, Node>; items?: Node };
      const schema = JSON.parse(read('partners.schema.json')) as Node;
      const partner = schema.properties!['partners']!.items!;
      const event = partner.properties!['events']!.items!;
      const expected = [
        ...Object.keys(schema.properties!),
        ...Object.keys(partner.properties!).map((k) => `partners[].${k}`),
        ...Object.keys(event.properties!).map((k) => `partners[].events[].${k}`),
      ];
      expect(documented('json-fields').sort()).toEqual(expected.sort());
    });
  }
});
