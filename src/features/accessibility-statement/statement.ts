import { telHref, type AccessibilityConfig } from '../../model/accessibility.ts';
import type { Locale } from '../../blocks/locales.ts';
import type { Fact } from '../../model/confirmation.ts';
import { formatPartialDate } from '../../blocks/date-format.ts';
import { parsePartialDate } from '../../blocks/dates.ts';
import { typeset } from '../../blocks/typography.ts';

/** A date for `<time datetime>`: the ISO value and the text to show. */
export interface StatementDate {
  iso: string;
  text: string;
}

/** One point about the building, as the office describes it. */
export type BuildingPoint = 'entrances' | 'lifts' | 'toilets' | 'parking' | 'hearingLoop' | 'assistanceDogs';
export const buildingPoints: readonly BuildingPoint[] = [
  'entrances',
  'lifts',
  'toilets',
  'parking',
  'hearingLoop',
  'assistanceDogs',
];

/**
 * A fact as the page shows it: its value (absent while the office has not given one) and whether it is
 * confirmed. The components print an unconfirmed fact with the "do potwierdzenia przez urząd" mark.
 */
export interface Shown<T> {
  value?: T;
  confirmed: boolean;
}

/** Why a statement that is not "full" says so: known problems listed, and/or requirements not yet checked. */
export type StatusReason = 'known-issues' | 'not-checked';

/** Everything the statement's text needs from the configuration, ready to print in one language. */
export interface StatementView {
  status: AccessibilityConfig['status'];
  /** What the status sentence must point to below it; empty for a fully compliant site. */
  statusReasons: StatusReason[];
  /** The problems known, in the page's language. */
  knownIssues: string[];
  published: Shown<StatementDate>;
  updated: Shown<StatementDate>;
  prepared: Shown<StatementDate>;
  reviewed: Shown<StatementDate>;
  manualReview?: { on: StatementDate; by: string; methods: string[] };
  audit?: { auditor: string; on: StatementDate };
  body: AccessibilityConfig['body'];
  contact: {
    name: Shown<string>;
    email: Shown<{ address: string; mailto: string }>;
    phone: Shown<{ number: string; tel: string }>;
  };
  complaints: {
    recipient: Shown<string>;
    /** `'none'`: the office has confirmed it has no such route. */
    email: Shown<{ address: string; mailto: string } | 'none'>;
    epuap: Shown<string | 'none'>;
  };
  building: Shown<{
    descriptionUrl?: string;
    /** The points the office has described, in the page's language. */
    known: { point: BuildingPoint; text: string }[];
  }>;
  onlineInterpreter: Shown<{ url: string } | 'none'>;
  mobileApps: Shown<{ name: string; url: string }[]>;
  ombudsmanUrl: string;
  /** Absolute address of the site's home in the page's language. */
  siteUrl: string;
}

/** The model statement asks for `<time datetime="YYYY-MM-DD">`; the text is written out ("24 listopada 2026 r."). */
function statementDate(iso: string, locale: Locale): StatementDate {
  const parsed = parsePartialDate(iso);
  if (!parsed.ok) throw new Error(`src/config/accessibility.ts: "${iso}" is not a date.`);
  return { iso, text: formatPartialDate(parsed.date, locale) };
}

/** A configured fact shown through `show`, keeping whether it is confirmed. */
function shown<T, U>(fact: Fact<T>, show: (value: T) => U): Shown<U> {
  return fact.value === null ? { confirmed: fact.confirmed } : { value: show(fact.value), confirmed: fact.confirmed };
}

const mail = (address: string) => ({ address, mailto: `mailto:${address}` });

export function statementView(config: AccessibilityConfig, locale: Locale, siteUrl: string): StatementView {
  const { complaints, contact } = config;
  const date = (fact: Fact<string>) => shown(fact, (iso) => statementDate(iso, locale));
  const notChecked = config.status !== 'full' && !config.manualReview;
  return {
    status: config.status,
    statusReasons:
      config.status === 'full'
        ? []
        : [
            ...(config.knownIssues.length > 0 ? (['known-issues'] as const) : []),
            ...(notChecked ? (['not-checked'] as const) : []),
          ],
    knownIssues: config.knownIssues.map((issue) => typeset(issue[locale as 'pl' | 'en'] ?? issue.pl, locale)),
    published: date(config.publishedOn),
    updated: date(config.updatedOn),
    prepared: date(config.preparedOn),
    reviewed: date(config.reviewedOn),
    ...(config.manualReview
      ? {
          manualReview: {
            on: statementDate(config.manualReview.on, locale),
            by: config.manualReview.by,
            methods: config.manualReview.methods,
          },
        }
      : {}),
    ...(config.audit ? { audit: { auditor: config.audit.auditor, on: statementDate(config.audit.on, locale) } } : {}),
    // The body's name and address are Polish in both languages.
    body: Object.fromEntries(
      Object.entries(config.body).map(([k, v]) => [k, typeset(v, 'pl')]),
    ) as StatementView['body'],
    contact: {
      name: shown(contact.name, (name) => name),
      email: shown(contact.email, mail),
      phone: shown(contact.phone, (number) => ({ number, tel: telHref(number) })),
    },
    complaints: {
      recipient: shown(complaints.recipient, (r) => (r as Record<string, string>)[locale] ?? r.pl),
      email: shown(complaints.email, (address) => (address === false ? 'none' : mail(address))),
      epuap: shown(complaints.epuap, (box) => (box === false ? 'none' : box)),
    },
    building: shown(config.building, (building) => ({
      ...(building.descriptionUrl ? { descriptionUrl: building.descriptionUrl } : {}),
      known: buildingPoints.flatMap((point) => {
        const text = (building[point] as Record<string, string> | null)?.[locale];
        return text ? [{ point, text: typeset(text, locale) }] : [];
      }),
    })),
    onlineInterpreter: shown(config.onlineInterpreterUrl, (url) => (url === false ? 'none' : { url })),
    mobileApps: shown(config.mobileApps, (apps) => apps),
    ombudsmanUrl: config.ombudsmanUrl,
    siteUrl,
  };
}
