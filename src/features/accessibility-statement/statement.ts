import { telHref, type AccessibilityConfig } from '../../config/accessibility.ts';
import type { Locale } from '../../blocks/locales.ts';
import { formatPartialDate, parsePartialDate } from '../../blocks/dates.ts';
import { typeset } from '../../blocks/typography.ts';

/** A date for `<time datetime>`: the ISO value and the text to show. */
export interface StatementDate {
  iso: string;
  text: string;
}

/** One point about the building: what the office confirmed, or `undefined` if it has not yet. */
export type BuildingPoint = 'entrances' | 'lifts' | 'toilets' | 'parking' | 'hearingLoop';
export const buildingPoints: readonly BuildingPoint[] = ['entrances', 'lifts', 'toilets', 'parking', 'hearingLoop'];

/** Everything the statement's text needs from the configuration, ready to print in one language. */
export interface StatementView {
  status: AccessibilityConfig['status'];
  published: StatementDate;
  updated: StatementDate;
  prepared: StatementDate;
  reviewed: StatementDate;
  manualReview?: { on: StatementDate; by: string; methods: string[] };
  audit?: { auditor: string; on: StatementDate };
  body: AccessibilityConfig['body'];
  contact: AccessibilityConfig['contact'] & { mailto: string; tel: string };
  complaints: { recipient: string; email?: { address: string; mailto: string }; epuap?: string };
  building: {
    descriptionUrl?: string;
    /** The points the office has described, in the page's language. */
    known: { point: BuildingPoint; text: string }[];
    /** The points not confirmed yet. */
    unknown: BuildingPoint[];
  };
  onlineInterpreter: { url: string } | 'none' | 'unconfirmed';
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

export function statementView(config: AccessibilityConfig, locale: Locale, siteUrl: string): StatementView {
  const { complaints, building } = config;
  return {
    status: config.status,
    published: statementDate(config.publishedOn, locale),
    updated: statementDate(config.updatedOn, locale),
    prepared: statementDate(config.preparedOn, locale),
    reviewed: statementDate(config.reviewedOn, locale),
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
    contact: { ...config.contact, mailto: `mailto:${config.contact.email}`, tel: telHref(config.contact.phone) },
    complaints: {
      recipient: (complaints.recipient as Record<string, string>)[locale] ?? complaints.recipient.pl,
      ...(complaints.email ? { email: { address: complaints.email, mailto: `mailto:${complaints.email}` } } : {}),
      ...(complaints.epuap ? { epuap: complaints.epuap } : {}),
    },
    building: {
      ...(building.descriptionUrl ? { descriptionUrl: building.descriptionUrl } : {}),
      known: buildingPoints.flatMap((point) => {
        const text = (building[point] as Record<string, string> | null)?.[locale];
        return text ? [{ point, text }] : [];
      }),
      unknown: buildingPoints.filter((point) => !building[point]),
    },
    onlineInterpreter:
      typeof config.onlineInterpreterUrl === 'string'
        ? { url: config.onlineInterpreterUrl }
        : config.onlineInterpreterUrl === false
          ? 'none'
          : 'unconfirmed',
    ombudsmanUrl: config.ombudsmanUrl,
    siteUrl,
  };
}
