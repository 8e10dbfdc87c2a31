import { stringify } from 'yaml';
import { defaultLocale, localeCodes, locales, type Locale } from '../../i18n/locales.ts';
import { bodyField, decapFields, type MapKeys } from './config.ts';

/** One partner as the CMS lists it: its folder, its name in Polish, its events by id. */
export interface CmsPartner {
  slug: string;
  label: string;
  /** Which language files exist: a missing one is created by the form. */
  events: { id: string; label: string }[];
}

export interface CmsSettings {
  /** Decap's `backend` block: GitHub in production, the local proxy when editing a clone. */
  backend: Record<string, unknown>;
  /** Where the content lives in the repository (`content`). */
  contentDir: string;
  /** Where pictures uploaded through the CMS are written in the repository, and their public address. */
  mediaFolder: string;
  publicFolder: string;
  /** The public site, linked from the CMS's header. */
  siteUrl: string;
}

/** How the Polish interface names each language's file: "po polsku", or any other language by its name. */
const phrases: Partial<Record<string, string>> = { pl: 'po polsku', en: 'po angielsku' };
const inLanguage = (lang: Locale) =>
  phrases[lang] ?? `(${new Intl.DisplayNames(['pl'], { type: 'language' }).of(lang) ?? locales[lang].label})`;

/**
 * Where each record lives in the repository, relative to the content folder: the one place that knows
 * the content's layout. The collections below take every file, folder and language setting from here;
 * a move of the content (e.g. facts and Polish text in one file, for Decap's own i18n) changes this.
 */
export const contentLayout = {
  /** A partner's folder: its records and its pictures. */
  partnerFolder: (slug: string) => `partners/${slug}`,
  /** The facts and the Polish text, in one file (as Decap's i18n writes the default language). */
  partnerFacts: (slug: string) => `partners/${slug}/index.${defaultLocale}.md`,
  partnerText: (slug: string, lang: Locale) => `partners/${slug}/index.${lang}.md`,
  homePage: (lang: Locale) => `pages/${lang}/home.md`,
  /**
   * Decap's `i18n` block for the collections: none yet, each file listed as its own form. The layout is
   * the one Decap's i18n writes (`structure: multiple_files`, a folder collection with
   * `path: '{{slug}}/index'`), so switching to it changes the collections, not the content.
   */
  i18n: undefined as Record<string, unknown> | undefined,
} as const;

/**
 * The whole Decap CMS configuration, generated: the forms from the field descriptions on the zod schemas,
 * one collection per partner (its facts once, its text in each language), the home page, the editorial
 * workflow (every save a branch and a pull request) and the Polish interface.
 */
export function cmsConfig(settings: CmsSettings, partners: CmsPartner[]): Record<string, unknown> {
  const at = (path: string) => `${settings.contentDir}/${path}`;
  const i18n = contentLayout.i18n ? { i18n: contentLayout.i18n } : {};
  const textFile = (slug: string, lang: Locale, mapKeys: MapKeys) => ({
    name: lang,
    label: `Tekst ${inLanguage(lang)}`,
    file: at(contentLayout.partnerText(slug, lang)),
    fields: [
      ...decapFields('translation', mapKeys),
      bodyField(
        'Historia i zakres współpracy',
        'Tekst strony: nagłówki „##”, akapity oddzielone pustą linią, listy. Bez kodu HTML.',
      ),
    ],
  });
  const partnerCollections = partners.map((p) => {
    const mapKeys: MapKeys = { events: p.events.map((e) => ({ key: e.id, label: e.label })) };
    return {
      name: `partner-${p.slug}`,
      label: p.label,
      description: `${at(contentLayout.partnerFolder(p.slug))}/`,
      type: 'files',
      ...i18n,
      files: [
        {
          name: defaultLocale,
          label: `Fakty i tekst ${inLanguage(defaultLocale)}`,
          file: at(contentLayout.partnerFacts(p.slug)),
          fields: [
            ...decapFields('partner', mapKeys, { mediaFolder: at(contentLayout.partnerFolder(p.slug)) }),
            bodyField(
              'Historia i zakres współpracy',
              'Tekst strony: nagłówki „##”, akapity oddzielone pustą linią, listy. Bez kodu HTML.',
            ),
          ],
        },
        ...localeCodes.filter((lang) => lang !== defaultLocale).map((lang) => textFile(p.slug, lang, mapKeys)),
      ],
    };
  });
  const home = {
    name: 'home',
    label: 'Strona główna',
    type: 'files',
    ...i18n,
    files: localeCodes.map((lang) => ({
      name: lang,
      label: `Wstęp ${inLanguage(lang)}`,
      file: at(contentLayout.homePage(lang)),
      fields: [...decapFields('page'), bodyField('Wstęp', 'Tekst na stronie głównej, pod tytułem.')],
    })),
  };
  return {
    locale: 'pl',
    backend: settings.backend,
    publish_mode: 'editorial_workflow',
    media_folder: settings.mediaFolder,
    public_folder: settings.publicFolder,
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [home, ...partnerCollections],
  };
}

export function cmsConfigYaml(settings: CmsSettings, partners: CmsPartner[]): string {
  return `# Generated at build time from the zod schemas (src/lib/cms/): edit the schemas, not this file.\n${stringify(cmsConfig(settings, partners), { lineWidth: 0 })}`;
}
