import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/blocks/locales.ts';
import { breadcrumbTrail, localizedPath, pageInAllLocales } from '../../src/i18n/routes.ts';
import { dictionaries, fill } from '../../src/config/ui.ts';
import { rawDictionaries } from '../../src/i18n/ui/index.ts';
import { uiSchema } from '../../src/i18n/ui/schema.ts';
import { countryName } from '../../src/blocks/country-names.ts';
import { chooseTranslation } from '../../src/blocks/translations.ts';

/** Every key path of a nested object, e.g. `areaLabels.culture`. */
const keys = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)];

describe('UI dictionaries', () => {
  // Each dictionary is parsed strictly against the schema when it is imported: a missing or extra key
  // stops the import itself. What is left to test is what the schema cannot see.
  const get = (d: unknown, k: string) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], d);
  const others = localeCodes.filter((l) => l !== 'pl');

  it('are really translated: no text of another language is left identical to Polish but proper names', () => {
    for (const locale of others) {
      const same = keys(dictionaries.pl).filter((k) => get(dictionaries.pl, k) === get(dictionaries[locale], k));
      // The town's name, and "sport", which is the same word in Polish and English.
      expect(same, locale).toEqual(locale === 'en' ? ['townName', 'areaLabels.sport'] : ['townName']);
    }
  });

  it('keep the Polish text’s {placeholders} in every language', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const locale of others) {
      for (const k of keys(dictionaries.pl)) {
        expect(placeholders(get(dictionaries[locale], k)), `${locale}: ${k}`).toEqual(
          placeholders(get(dictionaries.pl, k)),
        );
      }
    }
  });

  it('the schema refuses a dictionary with a missing or an extra key', () => {
    const { siteName: _, ...missing } = rawDictionaries.en as Record<string, unknown>;
    expect(uiSchema().safeParse(missing).success).toBe(false);
    expect(uiSchema().safeParse({ ...(rawDictionaries.en as object), extra: 'x' }).success).toBe(false);
  });

  it('fills placeholders', () => {
    expect(fill(dictionaries.pl.partnerSince, { year: 1995 })).toBe('od 1995 r.');
    expect(fill(dictionaries.en.partnerSince, { year: 1995 })).toBe('since 1995');
  });
});

describe('paths', () => {
  it('puts Polish at the root and English under /en/, with translated slugs and one trailing slash', () => {
    const page = { route: 'partner', params: { slug: 'cadca' } } as const;
    expect(localizedPath(page, 'pl')).toBe('/miasta/cadca/');
    expect(localizedPath(page, 'en')).toBe('/en/towns/cadca/');
    expect(localizedPath({ route: 'home' }, 'pl')).toBe('/');
    expect(localizedPath({ route: 'home' }, 'en')).toBe('/en/');
    expect(pageInAllLocales({ route: 'timeline' }, '/miasta-partnerskie/')).toEqual({
      pl: '/miasta-partnerskie/kalendarium/',
      en: '/miasta-partnerskie/en/timeline/',
    });
    expect(localizedPath({ route: 'home' }, 'pl', '/miasta-partnerskie/')).toBe('/miasta-partnerskie/');
  });

  it('refuses a route without its parameter', () => {
    expect(() => localizedPath({ route: 'partner' }, 'pl')).toThrow(/slug/);
  });
});

describe('breadcrumb trails', () => {
  it('lead from the home page through the section a page sits in down to the page', () => {
    expect(breadcrumbTrail({ route: 'home' })).toEqual([{ route: 'home' }]);
    expect(breadcrumbTrail({ route: 'timeline' })).toEqual([{ route: 'home' }, { route: 'timeline' }]);
    const area = { route: 'area' as const, params: { area: 'health' } };
    expect(breadcrumbTrail(area)).toEqual([{ route: 'home' }, { route: 'areas' }, area]);
    expect(breadcrumbTrail(area).map((p) => localizedPath(p, 'en', '/x/'))).toEqual([
      '/x/en/',
      '/x/en/areas/',
      '/x/en/areas/health/',
    ]);
  });
});

describe('country names', () => {
  it('come from the locale data', () => {
    expect(countryName('DE', 'pl')).toBe('Niemcy');
    expect(countryName('HU', 'pl')).toBe('Węgry');
    expect(countryName('GE', 'en')).toBe('Georgia');
    expect(countryName('GB', 'en')).toBe('United Kingdom');
  });
});

describe('chooseTranslation', () => {
  it('prefers the page language, falls back to Polish and says so', () => {
    expect(chooseTranslation({ pl: 'P', en: 'E' }, 'en')).toEqual({ entry: 'E', lang: 'en', fallback: false });
    expect(chooseTranslation({ pl: 'P' }, 'en')).toEqual({ entry: 'P', lang: 'pl', fallback: true });
    expect(chooseTranslation({ en: 'E' }, 'pl')).toEqual({ entry: 'E', lang: 'en', fallback: true });
    expect(chooseTranslation({}, 'pl')).toBeUndefined();
  });
});
