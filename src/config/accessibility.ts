import { z } from 'astro/zod';
import { parsePartialDate } from '../lib/dates';
import { formatIssues } from '../lib/zod-issues';

/**
 * The facts of the accessibility statement (`/deklaracja-dostepnosci/`, `/en/accessibility-statement/`)
 * that change over time: dates, status, who to contact. The statement's wording is in
 * `src/components/accessibility/`; it reads everything that may change from here.
 *
 * Review at least once a year (by 31 March) and after every significant change of the site: set
 * `reviewedOn`, and `updatedOn` if the site itself changed significantly.
 */
export const accessibilityConfig = {
  /** `full` (zgodna), `partial` (częściowo zgodna) or `none` (niezgodna) with the act, i.e. WCAG 2.1 AA. */
  status: 'full',
  /** The site was first published (YYYY-MM-DD). */
  publishedOn: '2026-11-24',
  /** The last significant update of the site (YYYY-MM-DD). */
  updatedOn: '2026-11-24',
  /** The statement was prepared (YYYY-MM-DD). */
  preparedOn: '2026-11-24',
  /** The statement was last reviewed (YYYY-MM-DD). */
  reviewedOn: '2026-11-24',
  /** The public body that publishes the site. */
  body: {
    name: 'Urząd Miejski w Żywcu',
    street: 'Rynek 2',
    postcode: '34-300',
    town: 'Żywiec',
  },
  /**
   * Who handles accessibility requests. The contact given in the town's published accessibility
   * statements (smart.zywiec.pl); the office confirms it at each review.
   */
  contact: {
    name: 'Bogdan Hebda',
    email: 'bogdan.hebda@zywiec.pl',
    /** In international form, spaces allowed: `+48 33 475 42 45`. */
    phone: '+48 33 475 42 45',
  },
  /** The Commissioner for Human Rights (Rzecznik Praw Obywatelskich), the last step of the complaint procedure. */
  ombudsmanUrl: 'https://www.rpo.gov.pl/',
};

/** A calendar date written as `YYYY-MM-DD`, checked to exist. */
const day = () =>
  z.string().refine((value) => {
    const parsed = parsePartialDate(value);
    return parsed.ok && parsed.date.precision === 'day';
  }, 'Write a real date as YYYY-MM-DD, e.g. "2026-03-31".');

export const accessibilityConfigSchema = () =>
  z
    .strictObject({
      status: z.enum(['full', 'partial', 'none'], { error: () => 'Use "full", "partial" or "none".' }),
      publishedOn: day(),
      updatedOn: day(),
      preparedOn: day(),
      reviewedOn: day(),
      body: z.strictObject({
        name: z.string().trim().min(1),
        street: z.string().trim().min(1),
        postcode: z.string().regex(/^\d{2}-\d{3}$/, 'Write a Polish postcode, e.g. "34-300".'),
        town: z.string().trim().min(1),
      }),
      contact: z.strictObject({
        name: z.string().trim().min(1, 'Name the person (or post) who handles accessibility requests.'),
        email: z.email('Write an e-mail address, e.g. "dostepnosc@zywiec.pl".'),
        phone: z
          .string()
          .regex(/^\+\d{1,3}( ?\d){6,12}$/, 'Write the number in international form, e.g. "+48 33 475 42 45".'),
      }),
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

/** The checked configuration, read by the statement pages. */
export const accessibility = parseAccessibilityConfig(accessibilityConfig);
