import { z } from 'astro/zod';
import { parsePartialDate } from '../blocks/dates.ts';
import { factSchema, notGiven, unconfirmedFacts, type FactLabel } from '../model/confirmation.ts';
import { formatIssues } from '../blocks/zod-issues.ts';
import { homeTown } from './home-town.ts';

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

type Text = { pl: string; en: string } | null;
/** What the office states about its building. */
export interface Building {
  descriptionUrl: string | null;
  entrances: Text;
  lifts: Text;
  toilets: Text;
  parking: Text;
  hearingLoop: Text;
  assistanceDogs: Text;
}

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

/** A calendar date written as `YYYY-MM-DD`, checked to exist. */
const day = () =>
  z.string().refine((value) => {
    const parsed = parsePartialDate(value);
    return parsed.ok && parsed.date.precision === 'day';
  }, 'Write a real date as YYYY-MM-DD, e.g. "2026-03-31".');

const bilingual = () => z.strictObject({ pl: z.string().trim().min(1), en: z.string().trim().min(1) });

const https = () => z.url({ protocol: /^https$/, error: 'Write the full https:// address.' });

const textOrNull = () => bilingual().nullable();

export const accessibilityConfigSchema = () =>
  z
    .strictObject({
      status: z.enum(['full', 'partial', 'none'], { error: () => 'Use "full", "partial" or "none".' }),
      knownIssues: z.array(bilingual()),
      publishedOn: factSchema(day()),
      updatedOn: factSchema(day()),
      preparedOn: factSchema(day()),
      reviewedOn: factSchema(day()),
      manualReview: z
        .strictObject({
          on: day(),
          by: z.string().trim().min(1, 'Name who did the review.'),
          methods: z.array(z.enum(['keyboard', 'screen-reader', 'zoom'])).min(1),
        })
        .nullable(),
      audit: z.strictObject({ auditor: z.string().trim().min(1), on: day() }).nullable(),
      body: z.strictObject({
        name: z.string().trim().min(1),
        street: z.string().trim().min(1),
        postcode: z.string().regex(/^\d{2}-\d{3}$/, 'Write a Polish postcode, e.g. "34-300".'),
        town: z.string().trim().min(1),
      }),
      contact: z.strictObject({
        name: factSchema(z.string().trim().min(1, 'Name the person (or post) who handles accessibility requests.')),
        email: factSchema(z.email('Write an e-mail address, e.g. "dostepnosc@urzad.example.pl".')),
        phone: factSchema(
          z
            .string()
            .regex(/^\+\d{1,3}( ?\d){6,12}$/, 'Write the number in international form, e.g. "+48 33 123 45 67".'),
        ),
      }),
      complaints: z.strictObject({
        recipient: factSchema(bilingual()),
        email: factSchema(
          z.union([z.email('Write an e-mail address, e.g. "dostepnosc@urzad.example.pl".'), z.literal(false)]),
        ),
        epuap: factSchema(
          z.union([
            z.string().regex(/^\/[^/\s]+\/[^/\s]+$/, 'Write an ePUAP box address, e.g. "/urzad/skrytka".'),
            z.literal(false),
          ]),
        ),
      }),
      building: factSchema(
        z
          .strictObject({
            descriptionUrl: https().nullable(),
            entrances: textOrNull(),
            lifts: textOrNull(),
            toilets: textOrNull(),
            parking: textOrNull(),
            hearingLoop: textOrNull(),
            assistanceDogs: textOrNull(),
          })
          .refine(
            (b) => Object.values(b).some((v) => v !== null),
            'Describe at least one point of the building, or give descriptionUrl.',
          ),
      ),
      onlineInterpreterUrl: factSchema(z.union([https(), z.literal(false)])),
      mobileApps: factSchema(z.array(z.strictObject({ name: z.string().trim().min(1), url: https() }))),
      ombudsmanUrl: https(),
    })
    .superRefine((config, ctx) => {
      // ISO dates compare as strings; a date not given yet has nothing to compare.
      const order = (earlier: 'publishedOn' | 'preparedOn', later: 'updatedOn' | 'reviewedOn') => {
        const [first, second] = [config[earlier].value, config[later].value];
        if (first !== null && second !== null && second < first) {
          ctx.addIssue({
            code: 'custom',
            path: [later],
            message: `${later} (${second}) is before ${earlier} (${first}).`,
          });
        }
      };
      order('publishedOn', 'updatedOn');
      order('preparedOn', 'reviewedOn');
      const methods = new Set(config.manualReview?.methods);
      if (config.status === 'full' && !(['keyboard', 'screen-reader', 'zoom'] as const).every((m) => methods.has(m))) {
        ctx.addIssue({
          code: 'custom',
          path: ['status'],
          message:
            'Status "full" needs a recorded manualReview with keyboard, screen-reader and zoom; automated tests alone cannot show full compliance. Record the review or use "partial".',
        });
      }
      if (config.status === 'full' && config.knownIssues.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['status'],
          message: 'Status "full" cannot go with knownIssues: fix them, or use "partial".',
        });
      }
      if (config.status !== 'full' && config.manualReview && config.knownIssues.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['knownIssues'],
          message: `Status "${config.status}" after a manual review needs the problems it found, listed in knownIssues; or use "full".`,
        });
      }
      if (config.complaints.email.value === false && config.complaints.epuap.value === false) {
        ctx.addIssue({
          code: 'custom',
          path: ['complaints'],
          message: 'Give an e-mail address or an ePUAP box for complaints.',
        });
      }
    });

export type AccessibilityConfig = z.output<ReturnType<typeof accessibilityConfigSchema>>;

/** Checks the configuration; a mistake stops the build with the field and the fix. */
export function parseAccessibilityConfig(raw: unknown): AccessibilityConfig {
  const result = accessibilityConfigSchema().safeParse(raw);
  if (!result.success) throw new Error(formatIssues(result.error, 'src/config/accessibility.ts'));
  return result.data;
}

/** The `tel:` address of a phone number written for people (`+48 33 475 42 45` → `tel:+48334754245`). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * What `npm run check` reports about the statement (warnings, never a failure: the build stays
 * reproducible): a last review more than a year before `today`, and every fact still to confirm.
 */
export function accessibilityWarnings(config: AccessibilityConfig, today: Date): { pl: string; en: string }[] {
  const warnings: { pl: string; en: string }[] = [];
  const reviewedOn = config.reviewedOn.value;
  if (reviewedOn !== null) {
    const [y, m, d] = reviewedOn.split('-').map(Number) as [number, number, number];
    const dueBy = Date.UTC(y + 1, m - 1, d);
    const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
    if (todayUtc > dueBy) {
      warnings.push({
        pl: `Deklaracja dostępności: ostatni przegląd (reviewedOn: ${reviewedOn}) był ponad rok temu. Przejrzyj deklarację i wpisz datę przeglądu w src/config/accessibility.ts.`,
        en: `Accessibility statement: the last review (reviewedOn: ${reviewedOn}) was more than a year ago. Review the statement and set the date in src/config/accessibility.ts.`,
      });
    }
  }
  return warnings;
}

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
