import type { Locale } from './locales.ts';

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** A country's name in a language, from the ISO 3166-1 code, by the runtime's CLDR data (no hand list). */
export function countryName(code: string, locale: Locale): string {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? code;
}
