import { defaultLocale, localeCodes, type Locale } from '../blocks/locales.ts';

/**
 * Every page of the site, with its path in each language. Slugs are translated (`/miasta/…`,
 * `/en/towns/…`), so the counterpart of a page is found through its route key, never by editing a path.
 */
export const routes = {
  home: { pl: '', en: '' },
  timeline: { pl: 'kalendarium', en: 'timeline' },
  partner: { pl: 'miasta/:slug', en: 'towns/:slug' },
  // Cooperation areas: the slug is the area's key (`health`) in both languages, as partner slugs are the
  // same in both: the key is what the records use, so a reworded label never breaks a link.
  areas: { pl: 'obszary', en: 'areas' },
  area: { pl: 'obszary/:area', en: 'areas/:area' },
  data: { pl: 'dane', en: 'data' },
  search: { pl: 'szukaj', en: 'search' },
  accessibility: { pl: 'deklaracja-dostepnosci', en: 'accessibility-statement' },
} as const satisfies Record<string, Record<Locale, string>>;

export type RouteKey = keyof typeof routes;

/** The page a route sits under, where it is not the home page: an area under the overview of areas. */
const parents: Partial<Record<RouteKey, RouteKey>> = { area: 'areas' };

/** A page, as a route and its parameters: the same in every language. */
export interface PageRef {
  route: RouteKey;
  params?: Record<string, string>;
}

/** Joins a base (`/` or `/miasta-partnerskie/`) and a path, with exactly one slash between them. */
function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * The site-relative URL of a page in a language, with the deployment base and a trailing slash
 * (the one policy everywhere, so no link points at a redirect). Polish lives at the root.
 */
export function localizedPath(page: PageRef, locale: Locale, base = '/'): string {
  const pattern: string = routes[page.route][locale];
  const path = pattern.replace(/:(\w+)/g, (_, name: string) => {
    const value = page.params?.[name];
    if (value === undefined) throw new Error(`Route "${page.route}" needs the parameter "${name}".`);
    return encodeURIComponent(value);
  });
  const prefix = locale === defaultLocale ? '' : `${locale}/`;
  const full = `${prefix}${path}`;
  return withBase(base, full === '' ? '' : `${full.replace(/\/+$/, '')}/`);
}

/** The same page in every language, for the language switcher and `hreflang` alternates. */
export function pageInAllLocales(page: PageRef, base = '/'): Record<Locale, string> {
  return Object.fromEntries(localeCodes.map((l) => [l, localizedPath(page, l, base)])) as Record<Locale, string>;
}

/** The pages from the home page down to a page, both included (the home page alone for itself). */
export function breadcrumbTrail(page: PageRef): PageRef[] {
  if (page.route === 'home') return [page];
  const parent = parents[page.route];
  return [...(parent ? breadcrumbTrail({ route: parent }) : [{ route: 'home' as const }]), page];
}
