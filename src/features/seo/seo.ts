import { defaultLocale, localeCodes, locales, type Locale } from '../../blocks/locales.ts';
import { localizedPath, type PageRef } from '../../i18n/routes.ts';

export interface Alternate {
  /** `pl`, `en` or `x-default`. */
  hreflang: string;
  href: string;
}

export interface PageLinks {
  /** Absolute URL of this page. */
  url: string;
  /** Absolute URL search engines should index for this content. */
  canonical: string;
  /** `hreflang` alternates, reciprocal across the translated versions; empty for a stand-in page. */
  alternates: Alternate[];
  /** Open Graph locale of the content actually shown, and of the other translated versions. */
  ogLocale: string;
  ogLocaleAlternates: string[];
}

/**
 * Canonical URL and language alternates of a page, derived from which languages really have its text.
 * A page shown in Polish because its English text is missing is not an English original: its canonical
 * is the Polish page and it names no alternates, and no other page lists it as one. The sitemap copies
 * these same links from each built page's head, so the two can never disagree.
 */
export function pageLinks(
  page: PageRef,
  locale: Locale,
  translatedIn: readonly Locale[],
  site: string,
  base: string,
): PageLinks {
  const url = (l: Locale) => new URL(localizedPath(page, l, base), site).href;
  const versions = localeCodes.filter((l) => translatedIn.includes(l));
  const primary = versions.includes(defaultLocale) ? defaultLocale : (versions[0] ?? locale);
  const original = versions.includes(locale);
  const contentLocale = original ? locale : primary;
  const alternates: Alternate[] =
    original && versions.length > 1
      ? [...versions.map((l) => ({ hreflang: l, href: url(l) })), { hreflang: 'x-default', href: url(primary) }]
      : [];
  return {
    url: url(locale),
    canonical: url(contentLocale),
    alternates,
    ogLocale: locales[contentLocale].ogLocale,
    ogLocaleAlternates: versions.filter((l) => l !== contentLocale).map((l) => locales[l].ogLocale),
  };
}
