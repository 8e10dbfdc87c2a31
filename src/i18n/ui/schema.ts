import { z } from 'astro/zod';
import { areaKeys } from '../../schemas/areas';
import { eventKinds } from '../../schemas/events';

const text = () => z.string().trim().min(1);

/** Builds a strict object with one required text per key of a vocabulary. */
const labels = <K extends string>(keys: readonly K[]) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, text()])) as Record<K, ReturnType<typeof text>>);

/**
 * Every UI string of the site. Each language's dictionary is parsed against this schema at load, so a
 * missing or extra key stops the build with the key's name instead of leaving a hole in a page.
 */
export const uiSchema = () =>
  z.strictObject({
    /** Name of the site, in the header and in page titles. */
    siteName: text(),
    /** The town that runs the site, shown in the header and footer. */
    townName: text(),
    /** Label of the link that skips to the main content, for keyboard users. */
    skipLink: text(),
    /** Accessible name of the main navigation. */
    mainNav: text(),
    /** Accessible name of the language switcher. */
    languageSwitcher: text(),
    /** Text read out for the switcher link, `{language}` is the target language's own name. */
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
    website: text(),
    events: text(),
    areas: text(),
    place: text(),
    /** Timeline page. */
    timelineTitle: text(),
    timelineDescription: text(),
    /** Shown when a partner's text has not been translated into the page's language yet. */
    untranslated: text(),
    /** 404 page. */
    notFoundTitle: text(),
    notFoundText: text(),
    notFoundBack: text(),
    /** Footer. */
    footerPublisher: text(),
    footerSource: text(),
    /** Link back from a partner page to the list. */
    allPartners: text(),
    /** Cooperation area labels, one per key of `src/schemas/areas.ts`. */
    areaLabels: labels(areaKeys),
    /** Event kind labels, one per key of `src/schemas/events.ts`. */
    eventKinds: labels(eventKinds),
    // Accessibility statement (issue 5).
    /** Title of the accessibility statement page, and its link in every page's footer. */
    accessibilityStatement: text(),
    /** Meta description of the accessibility statement page. */
    accessibilityStatementDescription: text(),
  });

export type UiDictionary = z.output<ReturnType<typeof uiSchema>>;
