import { z } from 'astro/zod';
import { areaKeys } from '../../model/areas.ts';
import { eventKinds } from '../../model/events.ts';
import { csvFields, jsonFields } from '../../model/open-data.ts';
import { websiteKinds } from '../../model/partner.ts';

const text = () => z.string().trim().min(1);

/** Builds a strict object with one required text per key of a vocabulary. */
const labels = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, text()])) as Record<K, ReturnType<typeof text>>);

/**
 * Every UI string of the site. Each language's dictionary is parsed against this schema at load, so a
 * missing or extra key stops the build with the key's name instead of leaving a hole in a page.
 *
 * No string names the home town itself: `{town}` (its name), `{townGenitive}`, `{townLocative}`… (the
 * forms a language declines it in), `{office}` (the town office) and `{townId}` (its identifier in the
 * open data) are filled from `src/config/home-town.ts` when the dictionary is loaded.
 */
export const uiSchema = () =>
  z.strictObject({
    /** Name of the site, in the header and in page titles. */
    siteName: text(),
    /** The town that runs the site, shown in the header and in page titles: `{town}`. */
    townName: text(),
    /** Label of the link that skips to the main content, for keyboard users. */
    skipLink: text(),
    /** Accessible name of the main navigation. */
    mainNav: text(),
    /** Accessible name of the language switcher. */
    languageSwitcher: text(),
    /**
     * Accessible name of the switcher link to this language, in this language; `{language}` is the
     * link's visible text (the language's own name), which the name must contain (WCAG 2.5.3).
     */
    switchTo: text(),
    /** Navigation labels. */
    navHome: text(),
    navTimeline: text(),
    /** Headings of the home page's two groups of partners. */
    international: text(),
    domestic: text(),
    /** "since {year}" in a partner card: the year of the first agreement. */
    partnerSince: text(),
    /** Labels on a partner's page. */
    country: text(),
    ownName: text(),
    /** Label of a website whose kind the record does not give; then one label per kind. */
    website: text(),
    websiteKinds: labels(websiteKinds),
    events: text(),
    areas: text(),
    place: text(),
    /** Timeline page. */
    timelineTitle: text(),
    timelineDescription: text(),
    /** Shown when a partner's text has not been translated into the page's language yet. */
    untranslated: text(),
    /** The mark beside a fact the town office has not confirmed yet (previews and local builds only). */
    unconfirmedMark: text(),
    /** Stands for a fact the town office has not given yet. */
    notGiven: text(),
    /** 404 page. */
    notFoundTitle: text(),
    notFoundText: text(),
    notFoundBack: text(),
    /**
     * Beside a regional agreement on the timeline, the partner whose page tells of it ("Zobacz też: Czadca"):
     * a pointer, never a claim that the agreement is the partnership's own.
     */
    partnership: text(),
    /** Footer. */
    footerPublisher: text(),
    footerSource: text(),
    /** Link back from a partner page to the list. */
    allPartners: text(),
    /** Cooperation area labels, one per key of `src/model/areas.ts`. */
    areaLabels: labels(areaKeys),
    /** Event kind labels, one per key of `src/model/events.ts`. */
    eventKinds: labels(eventKinds),
    /** Beside an event dated after the build: it is planned, not yet held. */
    planned: text(),

    // --- Map, cooperation areas, open data and search ---
    /** Map: accessible name of the map of all partners, and its caption. */
    mapTitle: text(),
    mapCaption: text(),
    /** Locator map on a partner's page; `{name}` is the partner's name. */
    locatorTitle: text(),
    /** Heading of the map's text alternative: the partners with their countries and distances. */
    distancesHeading: text(),
    /** On a partner's page: label of the distance, and what kind of distance it is. */
    distanceFromHome: text(),
    asTheCrowFlies: text(),
    /** Navigation labels of the new top-level pages. */
    navAreas: text(),
    navData: text(),
    navSearch: text(),
    /** Overview of the cooperation areas, and each area's page. */
    areasTitle: text(),
    areasDescription: text(),
    /** Heading above the partners of one area; shown when an area has none yet. */
    areaPartners: text(),
    areaEmpty: text(),
    /** Link from an area's page back to the overview. */
    allAreas: text(),
    /** One sentence about each cooperation area, on its page and in the overview. */
    areaDescriptions: labels(areaKeys),
    /** An area page's meta description: `{area}` is its heading, `{description}` its sentence above. */
    areaMetaDescription: text(),
    /** Open data page. */
    dataTitle: text(),
    dataDescription: text(),
    dataIntro: text(),
    dataFilesHeading: text(),
    dataFileJson: text(),
    dataFileSchema: text(),
    dataFileCsv: text(),
    /** `{language}` is the calendar's language, written in the page's language. */
    dataFileIcs: text(),
    dataLicenceHeading: text(),
    /** `{licence}` is replaced by a link to the licence; its terms follow, from `src/config/open-data.ts`. */
    dataLicence: text(),
    /** An example credit line; `{licence}` is the licence's short name. */
    dataAttribution: text(),
    dataCsvHeading: text(),
    dataCsvFormat: text(),
    dataJsonHeading: text(),
    dataJsonFormat: text(),
    dataCalendarHeading: text(),
    dataCalendarRule: text(),
    /** Followed by the list of events left out of the calendar. */
    dataCalendarSkipped: text(),
    dataFieldName: text(),
    dataFieldMeaning: text(),
    /** Meaning of every CSV column and JSON field, by its name. */
    /** Each column of events.csv; a text column's `{language}` is filled in for each language. */
    dataCsvColumns: labels(csvFields),
    dataJsonFields: z.strictObject({
      dataset: labels(jsonFields.dataset),
      partner: labels(jsonFields.partner),
      event: labels(jsonFields.event),
    }),
    /** The anniversaries calendar: its name, and each event's summary and description. */
    icsCalendarName: text(),
    icsSummary: text(),
    /** A planned agreement or milestone in the calendar, once, on its day (no anniversary yet). */
    icsPlannedSummary: text(),
    icsDescription: text(),
    /** Search page. */
    searchTitle: text(),
    searchDescription: text(),
    searchLabel: text(),
    searchButton: text(),
    searchNoScript: text(),
    searchLoading: text(),
    /** Number of results, worded so that no plural form is needed: `{count}`, `{query}`. */
    searchResultCount: text(),
    searchNoResults: text(),
    searchError: text(),
    searchFallbackHeading: text(),
    // Accessibility statement.
    /** Title of the accessibility statement page, and its link in every page's footer. */
    accessibilityStatement: text(),
    /** Meta description of the accessibility statement page. */
    accessibilityStatementDescription: text(),
  });

export type UiDictionary = z.output<ReturnType<typeof uiSchema>>;
