import { localeCodes, type Locale } from '../../blocks/locales.ts';
import en from './en.ts';
import pl from './pl.ts';
import { formatIssues } from '../../blocks/zod-issues.ts';
import { typesetAll } from '../../blocks/typography.ts';
import type { HomeTown } from '../../model/home-town.ts';
import { uiSchema, type UiDictionary } from './schema.ts';
import { fillHomeTown } from './home-town-placeholders.ts';

export { fill } from '../../blocks/fill.ts';

/** Raw dictionaries, before validation: exported for the parity tests. */
export const rawDictionaries: Record<Locale, unknown> = { pl, en };

function load(locale: Locale): UiDictionary {
  const result = uiSchema().safeParse(rawDictionaries[locale]);
  if (!result.success) throw new Error(formatIssues(result.error, `UI dictionary src/i18n/ui/${locale}.ts`));
  return result.data;
}

let written: Record<Locale, UiDictionary> | undefined;

/**
 * The dictionaries as written, checked when first asked for: a missing or extra key in any language fails
 * here. The home town's placeholders (`{town}`…) are still in them: for labels that never name the town.
 */
export function writtenDictionaries(): Record<Locale, UiDictionary> {
  written ??= Object.fromEntries(localeCodes.map((l) => [l, load(l)])) as Record<Locale, UiDictionary>;
  return written;
}

export interface TownUi {
  /**
   * The strings with the home town's placeholders filled (`{town}` → Żywiec), as written: for the open
   * data files, where a non-breaking space would only get in a reader's way.
   */
  dictionaries: Record<Locale, UiDictionary>;
  /** The UI strings of a language as a page shows them, with its typography (non-breaking spaces…). */
  useTranslations: (locale: Locale) => UiDictionary;
}

/** The UI of the site for a home town. */
export function townUi(town: HomeTown): TownUi {
  const dictionaries = Object.fromEntries(
    localeCodes.map((l) => [l, fillHomeTown(writtenDictionaries()[l], town, l)]),
  ) as Record<Locale, UiDictionary>;
  const typeset = Object.fromEntries(localeCodes.map((l) => [l, typesetAll(dictionaries[l], l)])) as Record<
    Locale,
    UiDictionary
  >;
  return { dictionaries, useTranslations: (locale) => typeset[locale] };
}
