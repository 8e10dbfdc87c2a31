import type { Locale } from '../blocks/locales.ts';
import { localizedPath, type PageRef } from '../i18n/routes.ts';
import { useTranslations } from '../config/ui.ts';

/** What a page's components begin with: the strings of its language, the site's base, links in its language. */
export function pageContext(locale: Locale, base: string = import.meta.env.BASE_URL) {
  return {
    ui: useTranslations(locale),
    base,
    /** The address of a page of the site in this language, with the base. */
    href: (page: PageRef) => localizedPath(page, locale, base),
  };
}
