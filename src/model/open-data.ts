import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../blocks/locales.ts';
import { areaKeys } from './areas.ts';
import type { HomeTown } from './home-town.ts';
import { eventKinds, type EventPlace } from './events.ts';
import { websiteKinds } from './partner.ts';

/**
 * The open data exports (`data/partners.json`, `data/events.csv`): their shape is set here, once. The JSON
 * Schema published beside the JSON is generated from `openDataSchema` (`z.toJSONSchema`), and the Data
 * page explains every CSV column and JSON field from the UI dictionaries, keyed by the names below.
 */

/** Columns of `events.csv` that hold a text, one column per language of the site: `name_pl`, `name_en`… */
export const csvTextFields = ['name', 'title', 'venue', 'party'] as const;
export type CsvTextField = (typeof csvTextFields)[number];

/** Every column, as the Data page explains it: a text field stands for its column in each language. */
export const csvFields = [
  'partner',
  'own_name',
  'name',
  'country',
  'event',
  'date',
  'precision',
  'kind',
  'title',
  'place',
  'venue',
  'party',
  'planned',
] as const;
export type CsvField = (typeof csvFields)[number];

export type CsvColumn = Exclude<CsvField, CsvTextField> | `${CsvTextField}_${Locale}`;

/** The column of a field in a language, or the field's own column. */
export const csvColumnsOf = (field: CsvField): CsvColumn[] =>
  (csvTextFields as readonly string[]).includes(field)
    ? localeCodes.map((l) => `${field as CsvTextField}_${l}` as const)
    : [field as Exclude<CsvField, CsvTextField>];

/** Columns of `events.csv`, in order: one row per event. */
export const csvColumns: CsvColumn[] = csvFields.flatMap(csvColumnsOf);

/**
 * Every field of `partners.json`, by level: the data set, each partner (`partners[]`) and each event
 * (`partners[].events[]`). The Data page explains each one; a test checks the list against the schema.
 */
export const jsonFields = {
  dataset: ['title', 'publisher', 'licence', 'source', 'areas', 'eventKinds', 'partners'],
  partner: [
    'slug',
    'name',
    'nameLang',
    'names',
    'country',
    'countryNames',
    'region',
    'scope',
    'website',
    'websiteKind',
    'wikidata',
    'coordinates',
    'distanceKm',
    'areas',
    'descriptions',
    'pages',
    'events',
  ],
  event: ['id', 'kind', 'date', 'precision', 'place', 'titles', 'venues', 'parties', 'planned'],
} as const;

/** Where each level sits in the file, as written on the Data page. */
export const jsonFieldPrefix = { dataset: '', partner: 'partners[].', event: 'partners[].events[].' } as const;

const shape = <T>(make: () => T) => Object.fromEntries(localeCodes.map((l) => [l, make()])) as Record<string, T>;

/** A text in every language of the site: `{ "pl": "…", "en": "…" }`. */
const inEveryLanguage = () => z.strictObject(shape(() => z.string().min(1))).describe('The text in each language.');

/** A text in the languages it has been written in so far (a missing translation is left out, not faked). */
const inSomeLanguages = () =>
  z.strictObject(shape(() => z.string().min(1).optional())).describe('The text in each language it exists in.');

const isoDate = () =>
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .describe('ISO 8601, as precise as the date is known: YYYY-MM-DD, YYYY-MM or YYYY.');

const webAddress = () => z.string().regex(/^https?:\/\/\S+$/);

/**
 * The value published for each place. The home town is published as its identifier (`zywiec`), not as
 * the `home` content may write: that is the value consumers of the files and of their JSON Schema know,
 * so validating against that schema and matching on the value keep working. Another town publishes its
 * own identifier the same way.
 */
export const publishedPlaces = (town: Pick<HomeTown, 'id'>): Record<EventPlace, string> => ({
  home: town.id,
  partner: 'partner',
  elsewhere: 'elsewhere',
});

export const openDataEventSchema = (town: HomeTown) =>
  z
    .strictObject({
      id: z.string().describe('Identifier of the event, unique within its partner.'),
      kind: z.enum(eventKinds).describe('What happened; labels in `eventKinds`.'),
      date: isoDate(),
      precision: z
        .enum(['day', 'month', 'year'])
        .describe('Whether the day, only the month or only the year is known.'),
      place: z
        .enum(Object.values(publishedPlaces(town)) as [string, ...string[]])
        .optional()
        .describe(
          `Where: \`${town.id}\` in ${town.names.en.nominative} (the home town, written as its identifier, the value this field has had since the data was first published), \`partner\` in the partner town, or \`elsewhere\` (named in \`venues\`). Absent if unknown.`,
        ),
      titles: inEveryLanguage().describe('What happened, in words.'),
      venues: inSomeLanguages().optional().describe('The place more precisely (a hall, a square, a region).'),
      parties: inSomeLanguages()
        .optional()
        .describe('For a regional agreement: who concluded it (e.g. the Beskidy Euroregion), not the two towns.'),
      planned: z
        .literal(true)
        .optional()
        .describe('Present (true) when the event is planned: dated after the day the data was published.'),
    })
    .describe('An event of the partnership.');

export const openDataPartnerSchema = (town: HomeTown) =>
  z
    .strictObject({
      slug: z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .describe('Identifier of the partner, also the last part of its page addresses.'),
      name: z.string().describe("The town's own name, as its people write it."),
      nameLang: z.string().describe('Language of the own name (BCP 47).'),
      names: inSomeLanguages().describe('The usual name of the town in each language.'),
      country: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .describe('Country, ISO 3166-1 alpha-2 code.'),
      countryNames: inEveryLanguage().describe('Name of the country in each language.'),
      region: inSomeLanguages().optional().describe('Region or part of the country, where it helps.'),
      scope: z.enum(['international', 'domestic']).describe('A town abroad or in Poland.'),
      website: webAddress()
        .optional()
        .describe('A website given by the town hall: the official site or another one, as `websiteKind` says.'),
      websiteKind: z
        .enum(websiteKinds)
        .optional()
        .describe('`official`: the town’s official site; `tourism`: a tourism portal. Absent if not given.'),
      wikidata: z
        .string()
        .regex(/^Q\d+$/)
        .optional()
        .describe('Wikidata item of the town.'),
      coordinates: z
        .strictObject({
          latitude: z.number().min(-90).max(90),
          longitude: z.number().min(-180).max(180),
        })
        .describe('Where the town lies, decimal degrees (WGS 84).'),
      distanceKm: z
        .int()
        .min(0)
        .describe(`Great-circle distance from ${town.names.en.nominative}, rounded to whole kilometres.`),
      areas: z.array(z.enum(areaKeys)).describe('Cooperation areas, by key; labels in `areas`.'),
      descriptions: inSomeLanguages().describe('One or two sentences about the partnership.'),
      pages: inEveryLanguage().describe("Address of the partner's page in each language."),
      events: z.array(openDataEventSchema(town)).describe('What happened and when, oldest first.'),
    })
    .describe(`One partner town and its partnership with ${town.names.en.nominative}.`);

export const openDataSchema = (town: HomeTown) =>
  z
    .strictObject({
      title: inEveryLanguage().describe('Name of the data set.'),
      publisher: inEveryLanguage().describe('Who publishes the data.'),
      licence: z
        .strictObject({ id: z.string().regex(/^[A-Za-z0-9.-]+$/), url: webAddress() })
        .describe('Licence of the data (SPDX identifier and address).'),
      source: webAddress().describe('The site the data comes from.'),
      areas: z
        .array(z.strictObject({ key: z.enum(areaKeys), labels: inEveryLanguage(), pages: inEveryLanguage() }))
        .describe('Every cooperation area: its key, label and page in each language.'),
      eventKinds: z
        .array(z.strictObject({ key: z.enum(eventKinds), labels: inEveryLanguage() }))
        .describe('Every kind of event: its key and label in each language.'),
      partners: z.array(openDataPartnerSchema(town)).describe('Every partner town, by slug.'),
    })
    .describe(
      `${town.names.en.nominative}'s partner towns: facts, cooperation areas and events, in Polish and English.`,
    );

export type OpenData = z.output<ReturnType<typeof openDataSchema>>;
export type OpenDataPartner = z.output<ReturnType<typeof openDataPartnerSchema>>;
export type OpenDataEvent = z.output<ReturnType<typeof openDataEventSchema>>;
