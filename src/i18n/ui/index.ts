import { localeCodes, type Locale } from '../../blocks/locales.ts';
import en from './en.ts';
import pl from './pl.ts';
import { formatIssues } from '../../blocks/zod-issues.ts';
import { typesetAll } from '../../blocks/typography.ts';
import { uiSchema, type UiDictionary } from './schema.ts';
import { homeTown } from '../../config/home-town.ts';
import { fillHomeTown } from './home-town-placeholders.ts';

export { fill } from '../../blocks/fill.ts';

/** Raw dictionaries, before validation: exported for the parity tests. */
export const rawDictionaries: Record<Locale, unknown> = { pl, en };

function load(locale: Locale): UiDictionary {
  const result = uiSchema().safeParse(rawDictionaries[locale]);
  if (!result.success) throw new Error(formatIssues(result.error, `UI dictionary src/i18n/ui/${locale}.ts`));
  return fillHomeTown(result.data, homeTown, locale);
}

/**
 * Checked at load: a missing or extra key in any language fails the build here, and the home town's
 * placeholders are filled (`{town}` → Żywiec). These are the strings as written, for the open data files, where a non-breaking space would only get in a reader's way.
 */
export const dictionaries = Object.fromEntries(localeCodes.map((l) => [l, load(l)])) as Record<Locale, UiDictionary>;

/** The same strings with each language's typography (non-breaking spaces, curly apostrophes), for pages. */
const typeset = Object.fromEntries(localeCodes.map((l) => [l, typesetAll(dictionaries[l], l)])) as Record<
  Locale,
  UiDictionary
>;

/** The UI strings of a language, as a page shows them. */
export function useTranslations(locale: Locale): UiDictionary {
  return typeset[locale];
}
