import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../src/features/seo/seo.ts';

const riom = { route: 'partner', params: { slug: 'riom' } } as const;
const site = 'https://example.org';
const pl = 'https://example.org/x/miasta/riom/';
const en = 'https://example.org/x/en/towns/riom/';

describe('pageLinks', () => {
  it('makes a translated page canonical to itself, with every language and x-default (Polish) as alternates', () => {
    const expected = {
      alternates: [
        { hreflang: 'pl', href: pl },
        { hreflang: 'en', href: en },
        { hreflang: 'x-default', href: pl },
      ],
    };
    expect(pageLinks(riom, 'en', ['en', 'pl'], site, '/x/')).toEqual({
      url: en,
      canonical: en,
      ...expected,
      ogLocale: 'en_GB',
      ogLocaleAlternates: ['pl_PL'],
    });
    expect(pageLinks(riom, 'pl', ['pl', 'en'], site, '/x')).toEqual({
      url: pl,
      canonical: pl,
      ...expected,
      ogLocale: 'pl_PL',
      ogLocaleAlternates: ['en_GB'],
    });
  });

  it('makes a stand-in (English page showing the Polish text) canonical to the Polish page, with no alternates', () => {
    expect(pageLinks(riom, 'en', ['pl'], site, '/x/')).toEqual({
      url: en,
      canonical: pl,
      alternates: [],
      ogLocale: 'pl_PL',
      ogLocaleAlternates: [],
    });
    // The Polish original of that text names no alternates either: it has no other language.
    expect(pageLinks(riom, 'pl', ['pl'], site, '/x/')).toMatchObject({ canonical: pl, alternates: [] });
  });

  it('takes the only language there is as the original when Polish is missing', () => {
    expect(pageLinks(riom, 'pl', ['en'], site, '/x/')).toEqual({
      url: pl,
      canonical: en,
      alternates: [],
      ogLocale: 'en_GB',
      ogLocaleAlternates: [],
    });
  });

  it('puts the home page at the base, Polish at the root and English under en/', () => {
    const home = pageLinks({ route: 'home' }, 'pl', ['pl', 'en'], 'https://town.example', '/');
    expect(home.url).toBe('https://town.example/');
    expect(home.alternates.map((a) => a.href)).toEqual([
      'https://town.example/',
      'https://town.example/en/',
      'https://town.example/',
    ]);
  });
});
