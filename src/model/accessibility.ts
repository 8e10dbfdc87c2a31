import { z } from 'astro/zod';
import { parsePartialDate } from '../blocks/dates.ts';
import { formatIssues } from '../blocks/zod-issues.ts';
import { factSchema } from './confirmation.ts';

/**
 * What the accessibility statement's configuration (`src/config/accessibility.ts`) must say, checked at
 * load; the statement's pages receive the checked configuration.
 */

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
