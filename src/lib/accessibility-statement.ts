import { telHref, type AccessibilityConfig } from '../config/accessibility';
import type { Locale } from '../i18n/locales';
import { formatPartialDate, parsePartialDate } from './dates';

/** A date for `<time datetime>`: the ISO value and the text to show. */
export interface StatementDate {
  iso: string;
  text: string;
}

/** Everything the statement's text needs from the configuration, ready to print in one language. */
export interface StatementView {
  status: AccessibilityConfig['status'];
  published: StatementDate;
  updated: StatementDate;
  prepared: StatementDate;
  reviewed: StatementDate;
  body: AccessibilityConfig['body'];
  contact: AccessibilityConfig['contact'] & { mailto: string; tel: string };
  ombudsmanUrl: string;
  /** Absolute address of the site's home in the page's language. */
  siteUrl: string;
}

/**
 * The Polish model statement asks for dates as YYYY-MM-DD (monitoring tools read them), so the Polish
 * page shows them so; the English one writes them out ("24 November 2026").
 */
function statementDate(iso: string, locale: Locale): StatementDate {
  const parsed = parsePartialDate(iso);
  if (!parsed.ok) throw new Error(`src/config/accessibility.ts: "${iso}" is not a date.`);
  return { iso, text: locale === 'pl' ? iso : formatPartialDate(parsed.date, locale) };
}

export function statementView(config: AccessibilityConfig, locale: Locale, siteUrl: string): StatementView {
  return {
    status: config.status,
    published: statementDate(config.publishedOn, locale),
    updated: statementDate(config.updatedOn, locale),
    prepared: statementDate(config.preparedOn, locale),
    reviewed: statementDate(config.reviewedOn, locale),
    body: config.body,
    contact: { ...config.contact, mailto: `mailto:${config.contact.email}`, tel: telHref(config.contact.phone) },
    ombudsmanUrl: config.ombudsmanUrl,
    siteUrl,
  };
}
