import { z } from 'astro/zod';
import { parsePartialDate } from '../blocks/dates.ts';
import { formatIssues } from '../blocks/zod-issues.ts';
import { homeTown } from './home-town.ts';

/**
 * The facts of the accessibility statement (`/deklaracja-dostepnosci/`, `/en/accessibility-statement/`)
 * that change over time: dates, status, who to contact, the building. The statement's wording is in
 * `src/components/accessibility/`; it reads everything that may change from here.
 *
 * Review at least once a year (by 31 March) and after every significant change of the site: set
 * `reviewedOn`, and `updatedOn` if the site itself changed significantly. `npm run check` warns when the
 * last review is more than a year old, and lists the facts in `toConfirm`.
 *
 * TO CONFIRM BY THE TOWN OFFICE: every fact named in `toConfirm` below. Remove its name once confirmed.
 */
export const accessibilityConfig = {
  /**
   * `full` (zgodna), `partial` (częściowo zgodna) or `none` (niezgodna) with the act, i.e. WCAG 2.1 AA.
   * `full` needs a recorded `manualReview`: automated tests alone cannot show full compliance.
   */
  status: 'partial',
  /** The site was first published (YYYY-MM-DD). */
  publishedOn: '2026-11-24',
  /** The last significant update of the site (YYYY-MM-DD). */
  updatedOn: '2026-11-24',
  /** The statement was prepared (YYYY-MM-DD). */
  preparedOn: '2026-11-24',
  /** The statement was last reviewed (YYYY-MM-DD). */
  reviewedOn: '2026-11-24',
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
  /**
   * Who receives complaints about accessibility (the head of the public body), and where; set with the
   * office in `src/config/home-town.ts`.
   */
  complaints: {
    recipient: { pl: homeTown.office.head.pl, en: homeTown.office.head.en },
    email: homeTown.office.complaints.email,
    epuap: homeTown.office.complaints.epuap,
  },
  /**
   * The town hall building, for the physical accessibility section: what the office has confirmed about
   * each point (in Polish and English), and a link to a fuller description if there is one
   * (`a11y-architektura-url`). `null` where nothing has been confirmed yet: the page then says so and
   * gives the telephone number.
   */
  building: {
    descriptionUrl: null as string | null,
    entrances: null as null | { pl: string; en: string },
    lifts: null as null | { pl: string; en: string },
    toilets: null as null | { pl: string; en: string },
    parking: null as null | { pl: string; en: string },
    hearingLoop: null as null | { pl: string; en: string },
  },
  /**
   * An online Polish Sign Language interpreter: the address of the service, `false` if the office has
   * none, `null` while unconfirmed. (An interpreter at the office on 3 working days' notice is the law.)
   */
  onlineInterpreterUrl: null as string | false | null,
  /** Facts above that the town office has still to confirm; `npm run check` lists them. */
  toConfirm: ['contact', 'complaints', 'building', 'onlineInterpreterUrl'] as string[],
  /** The Commissioner for Human Rights (Rzecznik Praw Obywatelskich), the last step of the complaint procedure. */
  ombudsmanUrl: 'https://www.rpo.gov.pl/',
};

/** A calendar date written as `YYYY-MM-DD`, checked to exist. */
const day = () =>
  z.string().refine((value) => {
    const parsed = parsePartialDate(value);
    return parsed.ok && parsed.date.precision === 'day';
  }, 'Write a real date as YYYY-MM-DD, e.g. "2026-03-31".');

const bilingual = () => z.strictObject({ pl: z.string().trim().min(1), en: z.string().trim().min(1) });

export const accessibilityConfigSchema = () =>
  z
    .strictObject({
      status: z.enum(['full', 'partial', 'none'], { error: () => 'Use "full", "partial" or "none".' }),
      publishedOn: day(),
      updatedOn: day(),
      preparedOn: day(),
      reviewedOn: day(),
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
        name: z.string().trim().min(1, 'Name the person (or post) who handles accessibility requests.'),
        email: z.email('Write an e-mail address, e.g. "dostepnosc@urzad.example.pl".'),
        phone: z
          .string()
          .regex(/^\+\d{1,3}( ?\d){6,12}$/, 'Write the number in international form, e.g. "+48 33 475 42 45".'),
      }),
      complaints: z.strictObject({
        recipient: bilingual(),
        email: z.email('Write an e-mail address, e.g. "dostepnosc@urzad.example.pl".').nullable(),
        epuap: z
          .string()
          .regex(/^\/[^/\s]+\/[^/\s]+$/, 'Write an ePUAP box address, e.g. "/urzad/skrytka".')
          .nullable(),
      }),
      building: z.strictObject({
        descriptionUrl: z.url({ protocol: /^https$/, error: 'Write the full https:// address.' }).nullable(),
        entrances: bilingual().nullable(),
        lifts: bilingual().nullable(),
        toilets: bilingual().nullable(),
        parking: bilingual().nullable(),
        hearingLoop: bilingual().nullable(),
      }),
      onlineInterpreterUrl: z
        .union([z.url({ protocol: /^https$/, error: 'Write the full https:// address.' }), z.literal(false)])
        .nullable(),
      toConfirm: z.array(z.string()),
      ombudsmanUrl: z.url({ protocol: /^https$/, error: 'Write the full https:// address.' }),
    })
    .superRefine((config, ctx) => {
      // ISO dates compare as strings.
      const order = (earlier: 'publishedOn' | 'preparedOn', later: 'updatedOn' | 'reviewedOn') => {
        if (config[later] < config[earlier]) {
          ctx.addIssue({
            code: 'custom',
            path: [later],
            message: `${later} (${config[later]}) is before ${earlier} (${config[earlier]}).`,
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
      if (config.complaints.email === null && config.complaints.epuap === null) {
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
 * reproducible): a last review more than a year before `today`, and the facts still to confirm.
 */
export function accessibilityWarnings(config: AccessibilityConfig, today: Date): { pl: string; en: string }[] {
  const warnings: { pl: string; en: string }[] = [];
  const [y, m, d] = config.reviewedOn.split('-').map(Number) as [number, number, number];
  const dueBy = Date.UTC(y + 1, m - 1, d);
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (todayUtc > dueBy) {
    warnings.push({
      pl: `Deklaracja dostępności: ostatni przegląd (reviewedOn: ${config.reviewedOn}) był ponad rok temu. Przejrzyj deklarację i wpisz datę przeglądu w src/config/accessibility.ts.`,
      en: `Accessibility statement: the last review (reviewedOn: ${config.reviewedOn}) was more than a year ago. Review the statement and set the date in src/config/accessibility.ts.`,
    });
  }
  if (config.toConfirm.length > 0) {
    const list = config.toConfirm.join(', ');
    warnings.push({
      pl: `Deklaracja dostępności: urząd ma jeszcze potwierdzić: ${list} (src/config/accessibility.ts, pole toConfirm).`,
      en: `Accessibility statement: the town office has still to confirm: ${list} (src/config/accessibility.ts, field toConfirm).`,
    });
  }
  return warnings;
}

/** The checked configuration, read by the statement pages. */
export const accessibility = parseAccessibilityConfig(accessibilityConfig);
