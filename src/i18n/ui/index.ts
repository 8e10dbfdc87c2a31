import { localeCodes, type Locale } from '../locales';
import en from './en';
import pl from './pl';
import { formatIssues } from '../../lib/zod-issues';
import { uiSchema, type UiDictionary } from './schema';

export { fill } from '../fill';

/** Raw dictionaries, before validation: exported for the parity tests. */
export const rawDictionaries: Record<Locale, unknown> = { pl, en };

function load(locale: Locale): UiDictionary {
  const result = uiSchema().safeParse(rawDictionaries[locale]);
  if (!result.success) throw new Error(formatIssues(result.error, `UI dictionary src/i18n/ui/${locale}.ts`));
  return result.data;
}

/** Checked at load: a missing or extra key in either language fails the build here. */
export const dictionaries = Object.fromEntries(localeCodes.map((l) => [l, load(l)])) as Record<Locale, UiDictionary>;

/** The UI strings of a language. */
export function useTranslations(locale: Locale): UiDictionary {
  return dictionaries[locale];
}
