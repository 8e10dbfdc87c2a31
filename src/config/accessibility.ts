import { notGiven, unconfirmedFacts, type FactLabel } from '../model/confirmation.ts';
import { parseAccessibilityConfig, type AccessibilityConfig, type Building } from '../model/accessibility.ts';
import { homeTown } from './home-town.ts';

export {
  accessibilityWarnings,
  parseAccessibilityConfig,
  telHref,
  type AccessibilityConfig,
} from '../model/accessibility.ts';

/**
 * The facts of the accessibility statement (`/deklaracja-dostepnosci/`, `/en/accessibility-statement/`)
 * that change over time: dates, status, who to contact, the building. The statement's wording is in
 * `src/components/accessibility/`; it reads everything that may change from here.
 *
 * What the town office decides is a fact `{ value, confirmed }` (`src/model/confirmation.ts`): `value` is
 * `null` until the office gives it, `confirmed: true` once it has confirmed it. Until then the page marks
 * it "do potwierdzenia przez urząd", `npm run check` lists it, and `npm run build:production` refuses to
 * publish. For example, once the office has given and confirmed the publication date, write
 * `publishedOn: { value: '2026-12-01', confirmed: true }`. The contact and the complaints route are set with
 * the town in `src/config/home-town.ts`.
 *
 * Review at least once a year (by 31 March) and after every significant change of the site: set
 * `reviewedOn`, and `updatedOn` if the site itself changed significantly. `npm run check` warns when the
 * last review is more than a year old.
 */
export const accessibilityConfig = {
  /**
   * `full` (zgodna), `partial` (częściowo zgodna) or `none` (niezgodna) with the act, i.e. WCAG 2.1 AA.
   * `full` needs a recorded `manualReview`: automated tests alone cannot show full compliance.
   */
  status: 'partial',
  /**
   * What is known not to meet the requirements, each in Polish and English: listed under "Niedostępne
   * treści". Empty while nothing is known; the statement then says which requirements are still unchecked.
   */
  knownIssues: [] as { pl: string; en: string }[],
  /** The site was first published (YYYY-MM-DD). */
  publishedOn: notGiven<string>(),
  /** The last significant update of the site (YYYY-MM-DD). */
  updatedOn: notGiven<string>(),
  /** The statement was prepared (YYYY-MM-DD). */
  preparedOn: notGiven<string>(),
  /** The statement was last reviewed (YYYY-MM-DD). */
  reviewedOn: notGiven<string>(),
  /**
   * A review by a person, beyond the automated tests: its date, who did it and how (keyboard only, a
   * screen reader, zoom to 200 % and 400 %). `null` until one has been done.
   */
  manualReview: null as null | {
    on: string;
    by: string;
    methods: ('keyboard' | 'screen-reader' | 'zoom')[];
  },
  /** An outside audit, when one has been commissioned: the auditor's name (`a11y-audytor`) and its date. */
  audit: null as null | { auditor: string; on: string },
  /** The public body that publishes the site: the home town's office (`src/config/home-town.ts`). */
  body: {
    name: homeTown.office.name.pl,
    street: homeTown.office.street,
    postcode: homeTown.office.postcode,
    town: homeTown.names.pl.nominative,
  },
  /** Who handles accessibility requests: set with the office in `src/config/home-town.ts`. */
  contact: { ...homeTown.office.accessibilityContact },
  /** Who decides complaints about accessibility, and where they go: set in `src/config/home-town.ts`. */
  complaints: {
    // The statement is written in Polish and English (another language's page reads the English one).
    recipient: {
      value: homeTown.office.head.value && { pl: homeTown.office.head.value.pl, en: homeTown.office.head.value.en },
      confirmed: homeTown.office.head.confirmed,
    },
    email: homeTown.office.complaints.email,
    epuap: homeTown.office.complaints.epuap,
  },
  /**
   * The town hall building (section "Dostępność architektoniczna"): what the office states about each
   * point, in Polish and English (`null` for a point it does not describe), and a link to a fuller
   * description if there is one (`a11y-architektura-url`).
   */
  building: notGiven<Building>(),
  /**
   * An online Polish Sign Language interpreter: the address of the service, or `false` if the office has
   * none. (An interpreter at the office on 3 working days' notice is the law.)
   */
  onlineInterpreterUrl: notGiven<string | false>(),
  /** The office's mobile apps (section "Aplikacje mobilne"): name and address of each; `[]` if none. */
  mobileApps: notGiven<{ name: string; url: string }[]>(),
  /** The Commissioner for Human Rights (Rzecznik Praw Obywatelskich), the last step of the complaint procedure. */
  ombudsmanUrl: 'https://www.rpo.gov.pl/',
};

/** What each fact is, for the lists of facts still to confirm (`npm run check`, the production build). */
export const accessibilityFactLabels: Record<string, FactLabel> = {
  publishedOn: { pl: 'data publikacji serwisu', en: 'date the site was published' },
  updatedOn: { pl: 'data ostatniej istotnej aktualizacji serwisu', en: 'date of its last significant update' },
  preparedOn: { pl: 'data sporządzenia deklaracji dostępności', en: 'date the accessibility statement was prepared' },
  reviewedOn: { pl: 'data ostatniego przeglądu deklaracji', en: 'date the statement was last reviewed' },
  building: {
    pl: 'dostępność architektoniczna budynku urzędu (wejścia, windy, toalety, parking, pętle indukcyjne, pies asystujący)',
    en: 'physical accessibility of the office building (entrances, lifts, toilets, parking, hearing loops, assistance dogs)',
  },
  onlineInterpreterUrl: {
    pl: 'tłumacz polskiego języka migowego online (adres usługi albo false, jeśli urząd go nie zapewnia)',
    en: 'online Polish Sign Language interpreter (the service address, or false if the office has none)',
  },
  mobileApps: {
    pl: 'aplikacje mobilne urzędu (lista, pusta, jeśli ich nie ma)',
    en: 'the office’s mobile apps (a list, empty if there are none)',
  },
};
/**
 * The statement's facts still to confirm. The contact and the complaints route are reported where they
 * are set, in `src/config/home-town.ts` (see `src/config/unconfirmed.ts`), so they are left out here.
 */
export function unconfirmedStatementFacts(config: AccessibilityConfig) {
  const { contact: _contact, complaints: _complaints, ...own } = config;
  return unconfirmedFacts(own, 'src/config/accessibility.ts', accessibilityFactLabels);
}

/** The checked configuration, read by the statement pages. */
export const accessibility = parseAccessibilityConfig(accessibilityConfig);
