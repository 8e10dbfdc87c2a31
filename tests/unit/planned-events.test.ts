/**
 * Events after the day of the build are plans: the pages, the calendar and the open data say so, each in
 * its own words; a kind that cannot be planned is refused by the check. "Today" is fixed in every test.
 */
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makePartialDate, type PartialDate } from '../../src/blocks/dates.ts';
import { checkContent } from '../../src/features/check/check-content.ts';
import {
  anniversariesIcs,
  buildOpenData,
  eventsCsv,
  type PartnerRecord,
} from '../../src/features/open-data/open-data.ts';
import { buildPartnerView } from '../../src/features/partners/partner-view.ts';
import { dictionaries } from '../../src/config/ui.ts';
import { openDataSchema } from '../../src/model/open-data.ts';
import { buildDay, isPlanned, unplannableKinds } from '../../src/model/planned.ts';
import type { Partner } from '../../src/model/partner.ts';
import { eventKinds } from '../../src/model/events.ts';
import { homeTown } from '../../src/config/home-town.ts';

const day = (y: number, m?: number, d?: number) => makePartialDate(y, m, d)!;
const today = '2026-12-02';

describe('isPlanned', () => {
  it.each<[PartialDate, boolean]>([
    [day(2026, 12, 3), true],
    [day(2026, 12, 2), false],
    [day(2026, 12, 1), false],
    // A month or a year that has begun may already hold the event.
    [day(2026, 12), false],
    [day(2027, 1), true],
    [day(2026), false],
    [day(2027), true],
    [day(1995, 7, 15), false],
  ])('%o on 2026-12-02 → %s', (date, planned) => {
    expect(isPlanned(date, today)).toBe(planned);
  });
});

describe('buildDay', () => {
  it('is BUILD_DATE when set, refusing anything but a day', () => {
    expect(buildDay({ BUILD_DATE: '2027-06-01' })).toBe('2027-06-01');
    expect(() => buildDay({ BUILD_DATE: '1.06.2027' })).toThrow(/BUILD_DATE/);
  });

  it("is otherwise today in the home country's calendar", () => {
    // 23:30 UTC on 1 December is already 2 December in Warsaw.
    expect(buildDay({}, new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
  });
});

const facts = {
  ownName: 'Testville',
  nameLang: 'en',
  country: 'GB',
  scope: 'international',
  coordinates: { latitude: 51, longitude: 0 },
  areas: ['culture'],
  events: [
    { id: 'signed', kind: 'agreement-signed', date: day(2001, 5, 20), place: 'home' },
    { id: 'renewal', kind: 'agreement-signed', date: day(2027, 6, 1), place: 'partner' },
    { id: 'visit', kind: 'visit', date: day(2027, 5), place: 'home' },
  ],
} as unknown as Partner;
const texts = {
  pl: { name: 'Testowo', description: 'Opis partnerstwa w jednym zdaniu, dość długi.', events: {} },
  en: { name: 'Testville', description: 'One sentence about the partnership, long enough.', events: {} },
};

describe('a planned event', () => {
  it('is marked as planned on the page, and "since" counts what has happened', () => {
    for (const lang of ['pl', 'en'] as const) {
      const view = buildPartnerView(
        'testowo',
        facts,
        { pl: { data: texts.pl } },
        lang,
        dictionaries[lang],
        { name: 'Żywiec', country: 'PL' },
        today,
      );
      const byId = Object.fromEntries(view.events.map((e) => [e.id, e]));
      expect(byId.renewal!.planned).toBe(true);
      expect(byId.visit!.planned).toBe(true);
      expect(byId.signed!.planned).toBeUndefined();
      expect(view.since.iso).toBe('2001-05-20');
    }
    expect(dictionaries.pl.planned).toBe('planowane');
    expect(dictionaries.en.planned).toBe('planned');
  });

  const records: PartnerRecord[] = [{ slug: 'testowo', facts, texts }];
  const context = {
    town: homeTown,
    licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    ui: dictionaries,
    pageUrl: (_page: unknown, locale: string) => `https://example.org/${locale}/testowo/`,
    today,
  };
  const data = buildOpenData(records, context);

  it('is planned in the open data, which the published schema accepts', () => {
    const events = Object.fromEntries(data.partners[0]!.events.map((e) => [e.id, e]));
    expect(events.renewal!.planned).toBe(true);
    expect(events.visit!.planned).toBe(true);
    expect('planned' in events.signed!).toBe(false);
    expect(openDataSchema(homeTown).safeParse(data).success).toBe(true);
    const rows = parse(eventsCsv(data), { columns: true }) as Record<string, string>[];
    expect(Object.fromEntries(rows.map((r) => [r.event, r.planned]))).toEqual({
      signed: '',
      visit: 'yes',
      renewal: 'yes',
    });
  });

  it('is in the calendar once, on its day, as tentative and planned; what happened recurs yearly', () => {
    for (const lang of ['pl', 'en'] as const) {
      const calendar = new ICAL.Component(
        ICAL.parse(anniversariesIcs(data, lang, dictionaries[lang], 'example.org', homeTown)),
      );
      const events = calendar.getAllSubcomponents('vevent');
      const byStart = Object.fromEntries(events.map((e) => [String(e.getFirstPropertyValue('dtstart')), e]));
      const planned = byStart['2027-06-01']!;
      expect(planned.getFirstPropertyValue('status')).toBe('TENTATIVE');
      expect(planned.getFirstPropertyValue('rrule')).toBeNull();
      expect(String(planned.getFirstPropertyValue('summary'))).toMatch(lang === 'pl' ? /^Planowane: / : /^Planned: /);
      const held = byStart['2001-05-20']!;
      expect(held.getFirstPropertyValue('rrule')).not.toBeNull();
      expect(held.getFirstPropertyValue('status')).toBeNull();
    }
  });
});

describe('the check', () => {
  afterEach(() => vi.unstubAllEnvs());

  const file = (kind: string, date: string) => ({
    path: 'content/partners/testowo/index.pl.md',
    text: `---
name: Testowo
description: Testowo w Anglii jest miastem partnerskim od 2001 roku; współpraca obejmuje kulturę i sport.
ownName: Testville
nameLang: en
country: GB
scope: international
coordinates:
  latitude: 51.5
  longitude: -0.1
areas:
  - culture
events:
  - id: e
    kind: ${kind}
    date: ${date}
---

Tekst.
`,
  });
  const codes = async (kind: string, date: string) =>
    (await checkContent([file(kind, date)], { town: homeTown })).problems
      .filter((p) => p.code !== 'missing-page')
      .map((p) => p.code);

  it.each(eventKinds.filter((k) => !unplannableKinds.includes(k)))('accepts a planned %s', async (kind) => {
    vi.stubEnv('BUILD_DATE', today);
    expect(await codes(kind, '2027-06-01')).toEqual([]);
  });

  it.each(unplannableKinds)('refuses a %s in the future, saying why', async (kind) => {
    vi.stubEnv('BUILD_DATE', today);
    const { problems } = await checkContent([file(kind, '2027-06-01')], { town: homeTown });
    const problem = problems.find((p) => p.field === 'events[0].date')!;
    expect(problem.pl).toMatch(/nie może być planowany/);
    expect(problem.en).toMatch(/cannot be planned/);
    expect(await codes(kind, '2026-12-01')).toEqual([]);
  });
});
