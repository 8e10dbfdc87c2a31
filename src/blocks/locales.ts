/**
 * The one source of truth for the site's languages. Astro's i18n config, the sitemap, the UI
 * dictionaries, the content fallbacks and the language switcher all read from here.
 */
export const locales = {
  pl: {
    /** Name of the language in itself, for the language switcher. */
    label: 'Polski',
    /** Open Graph locale. */
    ogLocale: 'pl_PL',
  },
  en: {
    label: 'English',
    ogLocale: 'en_GB',
  },
} as const;

/** The keys double as BCP 47 tags for `<html lang>` and `hreflang`. */
export type Locale = keyof typeof locales;

/** Polish is the town's language and the site's default: it lives at the root, English under /en/. */
export const defaultLocale: Locale = 'pl';

export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in locales;
}
