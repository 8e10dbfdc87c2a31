import { homeTownPlaceholders, townPlaceholderNames, type HomeTown } from '../../model/home-town.ts';
import { fill } from '../../blocks/fill.ts';
import type { Locale } from '../../blocks/locales.ts';

/** Every string of a nested dictionary, changed by `change`, which also learns the string's key. */
function mapStrings<T>(value: T, change: (text: string, key: string) => string, key = ''): T {
  if (typeof value === 'string') return change(value, key) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, mapStrings(v, change, key ? `${key}.${k}` : k)]),
    ) as T;
  }
  return value;
}

/**
 * A dictionary with the home town's placeholders filled in (`{town}`, `{townGenitive}`, `{office}`…)
 * and every other placeholder (`{name}`, `{year}`) left for the page to fill. A form of the name that the
 * configuration does not give stops here, naming the string that needs it and the field to add.
 */
export function fillHomeTown<T>(dictionary: T, town: HomeTown, locale: Locale): T {
  const values = homeTownPlaceholders(town, locale);
  return mapStrings(dictionary, (text, key) => {
    const filled = fill(text, values);
    const missing = [...filled.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).find((p) => townPlaceholderNames.includes(p));
    if (missing) {
      const form = missing === 'town' ? 'nominative' : missing.replace(/^town/, '').toLowerCase();
      throw new Error(
        `UI dictionary src/i18n/ui/${locale}.ts: ${key} uses {${missing}}, but src/config/home-town.ts gives no names.${locale}.${form}. Add that form of the town's name.`,
      );
    }
    return filled;
  });
}
