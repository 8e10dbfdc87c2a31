import { getEntry, type CollectionEntry } from 'astro:content';
import { localeCodes, type Locale } from '../blocks/locales.ts';
import type { TextPageName } from '../model/cross-record.ts';
import { assertRecordsAgree } from './content-records.ts';
import { chooseTranslation, type Chosen } from '../blocks/translations.ts';

/** A text page (`content/pages/<lang>/<name>.md`) in a language, or its Polish source if untranslated. */
export async function getTextPage(
  name: TextPageName,
  locale: Locale,
): Promise<Chosen<CollectionEntry<'pages'>> & { translatedIn: Locale[] }> {
  const available: Partial<Record<Locale, CollectionEntry<'pages'>>> = {};
  for (const l of localeCodes) {
    const entry = await getEntry('pages', `${l}/${name}`);
    if (entry) available[l] = entry;
  }
  const chosen = chooseTranslation(available, locale);
  if (!chosen) {
    await assertRecordsAgree();
    throw new Error(`No text page "${name}": it is not one of the pages the content check requires.`);
  }
  return { ...chosen, translatedIn: localeCodes.filter((l) => available[l]) };
}
