import { localeCodes, type Locale } from '../../blocks/locales.ts';
import type { PageRef } from '../../i18n/routes.ts';
import { fill } from '../../i18n/ui/index.ts';
import type { UiDictionary } from '../../i18n/ui/schema.ts';
import { areaKeys } from '../../model/areas.ts';
import { anniversaryKinds, eventKinds, type PartnerEvent } from '../../model/events.ts';
import type { CsvColumn, OpenData, OpenDataEvent, OpenDataPartner } from '../../model/open-data.ts';
import { csvColumns, publishedPlaces } from '../../model/open-data.ts';
import type { Partner } from '../../model/partner.ts';
import type { Translation } from '../../model/translation.ts';
import type { HomeTown } from '../../model/home-town.ts';
import { countryName } from '../../blocks/country-names.ts';
import { toCsv } from '../../blocks/csv.ts';
import { formatPartialDate } from '../../blocks/date-format.ts';
import { compareDates, parsePartialDate } from '../../blocks/dates.ts';
import { distanceKm } from '../../blocks/geo.ts';
import { escapeText, writeCalendar, type Component, type Property } from '../../blocks/icalendar.ts';
import { buildDay, isPlanned, type Day } from '../../model/planned.ts';

/** The files of the Data page, relative to the site's base. */
export const dataFiles = {
  json: 'data/partners.json',
  schema: 'data/partners.schema.json',
  csv: 'data/events.csv',
  ics: (locale: Locale) => `data/anniversaries.${locale}.ics`,
};

/** One partner as written in `content/`: its facts and the texts of the languages it has. */
export interface PartnerRecord {
  slug: string;
  facts: Partner;
  texts: Partial<Record<Locale, Translation>>;
}

export interface OpenDataContext {
  /** The home town: distances are measured from it, and events held there are published with its identifier. */
  town: HomeTown;
  /** The licence the data is published under (the town office's decision). */
  licence: { id: string; url: string };
  ui: Record<Locale, UiDictionary>;
  /** Absolute address of a page of the site in a language. */
  pageUrl: (page: PageRef, locale: Locale) => string;
  /** The day the data is published: events after it are planned (`planned.ts`); the build's day by default. */
  today?: Day;
}

const everyLanguage = (text: (locale: Locale) => string) =>
  Object.fromEntries(localeCodes.map((l) => [l, text(l)])) as Record<string, string>;

/** Only the languages that have the text: a missing translation is left out, never filled with another. */
const someLanguages = (text: (locale: Locale) => string | undefined) =>
  Object.fromEntries(
    localeCodes.flatMap((l) => {
      const value = text(l);
      return value === undefined ? [] : [[l, value]];
    }),
  ) as Record<string, string>;

function eventRecord(record: PartnerRecord, event: PartnerEvent, context: OpenDataContext, today: Day): OpenDataEvent {
  const { ui } = context;
  const venues = someLanguages((l) => record.texts[l]?.events[event.id]?.venue);
  const parties = someLanguages((l) => record.texts[l]?.events[event.id]?.party);
  return {
    id: event.id,
    kind: event.kind,
    date: event.date.iso,
    precision: event.date.precision,
    ...(event.place ? { place: publishedPlaces(context.town)[event.place] } : {}),
    titles: everyLanguage((l) => record.texts[l]?.events[event.id]?.title ?? ui[l].eventKinds[event.kind]),
    ...(Object.keys(venues).length > 0 ? { venues } : {}),
    ...(Object.keys(parties).length > 0 ? { parties } : {}),
    ...(isPlanned(event.date, today) ? { planned: true as const } : {}),
  };
}

function partnerRecord(record: PartnerRecord, context: OpenDataContext): OpenDataPartner {
  const { slug, facts, texts } = record;
  const region = someLanguages((l) => texts[l]?.region);
  return {
    slug,
    name: facts.ownName,
    nameLang: facts.nameLang,
    names: someLanguages((l) => texts[l]?.name),
    country: facts.country,
    countryNames: everyLanguage((l) => countryName(facts.country, l)),
    ...(Object.keys(region).length > 0 ? { region } : {}),
    scope: facts.scope,
    ...(facts.website ? { website: facts.website } : {}),
    ...(facts.website && facts.websiteKind ? { websiteKind: facts.websiteKind } : {}),
    ...(facts.wikidata ? { wikidata: facts.wikidata } : {}),
    coordinates: { latitude: facts.coordinates.latitude, longitude: facts.coordinates.longitude },
    distanceKm: Math.round(distanceKm(context.town.coordinates, facts.coordinates)),
    areas: [...facts.areas],
    descriptions: someLanguages((l) => texts[l]?.description),
    pages: everyLanguage((l) => context.pageUrl({ route: 'partner', params: { slug } }, l)),
    events: [...facts.events]
      .sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id))
      .map((e) => eventRecord(record, e, context, context.today ?? buildDay())),
  };
}

/** The whole data set, partners ordered by slug so the files change only when the records do. */
export function buildOpenData(records: readonly PartnerRecord[], context: OpenDataContext): OpenData {
  const { ui, pageUrl } = context;
  return {
    title: everyLanguage((l) => `${ui[l].siteName} — ${ui[l].townName}`),
    publisher: everyLanguage((l) => ui[l].footerPublisher),
    licence: { id: context.licence.id, url: context.licence.url },
    source: pageUrl({ route: 'home' }, localeCodes[0]!),
    areas: areaKeys.map((key) => ({
      key,
      labels: everyLanguage((l) => ui[l].areaLabels[key]),
      pages: everyLanguage((l) => pageUrl({ route: 'area', params: { area: key } }, l)),
    })),
    eventKinds: eventKinds.map((key) => ({ key, labels: everyLanguage((l) => ui[l].eventKinds[key]) })),
    partners: [...records]
      .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
      .map((r) => partnerRecord(r, context)),
  };
}

/** `events.csv`: a header, then one row per event of every partner. */
export function eventsCsv(data: OpenData): string {
  const rows = data.partners.flatMap((p) =>
    p.events.map((e) => {
      const texts = Object.fromEntries(
        localeCodes.flatMap((l) => [
          [`name_${l}`, p.names[l] ?? ''],
          [`title_${l}`, e.titles[l] ?? ''],
          [`venue_${l}`, e.venues?.[l] ?? ''],
          [`party_${l}`, e.parties?.[l] ?? ''],
        ]),
      );
      const row = {
        ...texts,
        partner: p.slug,
        own_name: p.name,
        country: p.country,
        event: e.id,
        date: e.date,
        precision: e.precision,
        kind: e.kind,
        place: e.place ?? '',
        planned: e.planned ? 'yes' : '',
      } as Record<CsvColumn, string>;
      return csvColumns.map((c) => row[c]);
    }),
  );
  return toCsv([[...csvColumns], ...rows]);
}

/** An anniversary: an agreement or milestone (`anniversaryKinds`) whose day is known. */
export interface Anniversary {
  partner: OpenDataPartner;
  event: OpenDataEvent;
}

/**
 * The events the calendar holds: every agreement or milestone known to the day. One known only to a month
 * or a year has no day to recur on, and inventing one (the 1st) would publish a false date, so it is left out.
 */
export function anniversaries(data: OpenData): { included: Anniversary[]; skipped: Anniversary[] } {
  const signings = data.partners.flatMap((partner) =>
    partner.events.filter((e) => anniversaryKinds.includes(e.kind)).map((event) => ({ partner, event })),
  );
  return {
    included: signings.filter((s) => s.event.precision === 'day'),
    skipped: signings.filter((s) => s.event.precision !== 'day'),
  };
}

/**
 * A planned agreement or milestone has no anniversary yet: the calendar holds it once, on its day, as
 * planned (tentative), and its yearly return only once it has happened.
 */
function plannedEvent({ partner, event }: Anniversary, locale: Locale, ui: UiDictionary, stamp: string, host: string) {
  const name = partner.names[locale] ?? partner.name;
  const title = event.titles[locale]!;
  return {
    name: 'VEVENT',
    properties: [
      ['UID', `planned-${partner.slug}-${event.id}-${locale}@${host}`],
      ['DTSTAMP', stamp],
      ['DTSTART', event.date.replaceAll('-', ''), { VALUE: 'DATE' }],
      ['SUMMARY', escapeText(fill(ui.icsPlannedSummary, { name, title })), { LANGUAGE: locale }],
      ['STATUS', 'TENTATIVE'],
      ['URL', partner.pages[locale]!, { VALUE: 'URI' }],
      ['TRANSP', 'TRANSPARENT'],
    ] satisfies Property[],
  };
}

/**
 * `DTSTAMP` must be a UTC date-time. The build time would make every build differ, so it is the latest
 * day-precise date in the data: it moves when a newer event is recorded, and is the same on every build.
 */
function dataStamp(data: OpenData): string {
  const days = data.partners.flatMap((p) =>
    p.events.filter((e) => e.precision === 'day' && !e.planned).map((e) => e.date),
  );
  const latest = days.sort().at(-1) ?? '2000-01-01';
  return `${latest.replaceAll('-', '')}T000000Z`;
}

/**
 * The calendar of partnership anniversaries in one language (RFC 5545): one yearly all-day event per
 * agreement or milestone, with a UID made of the partner, the event and the language, stable across builds.
 */
export function anniversariesIcs(
  data: OpenData,
  locale: Locale,
  ui: UiDictionary,
  host: string,
  town: Pick<HomeTown, 'id' | 'calendar'>,
): string {
  const stamp = dataStamp(data);
  const lang = { LANGUAGE: locale };
  const { included } = anniversaries(data);
  const planned = included.filter((a) => a.event.planned).map((a) => plannedEvent(a, locale, ui, stamp, host));
  const events: Component[] = included
    .filter((a) => !a.event.planned)
    .map(({ partner, event }) => {
      const name = partner.names[locale] ?? partner.name;
      const title = event.titles[locale]!;
      const where = [
        event.place === publishedPlaces(town).home ? ui.townName : undefined,
        event.place === 'partner' ? name : undefined,
        event.venues?.[locale],
      ].filter((x): x is string => x !== undefined);
      const parsed = parsePartialDate(event.date);
      const dateText = parsed.ok ? formatPartialDate(parsed.date, locale) : event.date;
      return {
        name: 'VEVENT',
        properties: [
          ['UID', `anniversary-${partner.slug}-${event.id}-${locale}@${host}`],
          ['DTSTAMP', stamp],
          ['DTSTART', event.date.replaceAll('-', ''), { VALUE: 'DATE' }],
          ['RRULE', 'FREQ=YEARLY'],
          ['SUMMARY', escapeText(fill(ui.icsSummary, { name, title, year: event.date.slice(0, 4) })), lang],
          [
            'DESCRIPTION',
            escapeText(fill(ui.icsDescription, { name, title, date: dateText, url: partner.pages[locale]! })),
            lang,
          ],
          ...(where.length > 0 ? [['LOCATION', escapeText(where.join(', ')), lang] satisfies Property] : []),
          ['URL', partner.pages[locale]!, { VALUE: 'URI' }],
          ['TRANSP', 'TRANSPARENT'],
        ],
      };
    });
  return writeCalendar(
    [
      ['PRODID', `-//${town.calendar.owner}//${town.calendar.product}//${locale.toUpperCase()}`],
      ['VERSION', '2.0'],
      ['CALSCALE', 'GREGORIAN'],
      ['METHOD', 'PUBLISH'],
      ['NAME', escapeText(ui.icsCalendarName), lang],
      ['X-WR-CALNAME', escapeText(ui.icsCalendarName)],
    ],
    [...events, ...planned],
  );
}
