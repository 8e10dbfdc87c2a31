import { getEntry } from 'astro:content';
import { localeCodes, type Locale } from '../i18n/locales';
import { chooseTranslation } from '../lib/translations';

/** A text page (`content/pages/<lang>/<name>.md`) in a language, or its Polish source if untranslated. */
export async function getTextPage(name: string, locale: Locale) {
  const entries = await Promise.all(localeCodes.map(async (l) => [l, await getEntry('pages', `${l}/${name}`)] as const));
  const chosen = chooseTranslation(Object.fromEntries(entries.filter(([, e]) => e)), locale);
  if (!chosen) throw new Error(`content/pages/pl/${name}.md is missing.`);
  return chosen;
}
