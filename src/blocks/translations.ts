import { defaultLocale, localeCodes, type Locale } from './locales.ts';

/** A text chosen for a page: in the page's language, or the best fallback with its own language. */
export interface Chosen<T> {
  entry: T;
  /** The language the text is actually written in: mark the content with this `lang`. */
  lang: Locale;
  /** True when the page's language had no text and another language stands in for it. */
  fallback: boolean;
}

/**
 * Picks the text of an item for a language: that language's if it exists, otherwise the default
 * language's (Polish is the source), otherwise any. A missing translation is normal, not an error.
 */
export function chooseTranslation<T>(available: Partial<Record<Locale, T>>, locale: Locale): Chosen<T> | undefined {
  const order = [locale, defaultLocale, ...localeCodes.filter((l) => l !== locale && l !== defaultLocale)];
  for (const lang of order) {
    const entry = available[lang];
    if (entry !== undefined) return { entry, lang, fallback: lang !== locale };
  }
  return undefined;
}
