import { stringify } from 'yaml';
import { defaultLocale, localeCodes, locales, type Locale } from '../../blocks/locales.ts';
import { layout } from '../../model/layout.ts';
import { localizedPath } from '../../i18n/routes.ts';
import { bodyField, decapFields, fieldKeys } from './config.ts';
import type { HomeTown } from '../../model/home-town.ts';
import { eventsWidget } from './admin-page.ts';

export interface CmsSettings {
  /** The home town: its identifier is a place of events, its names are the examples. */
  town: HomeTown;
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
 * the content's layout. The collections below take every folder, path and language setting from here.
 */
export const contentLayout = {
  /** The partners' folders, one per partner: its files and its pictures. */
  partnersFolder: layout.partners,
  /**
   * A partner's files inside that folder, as Decap's i18n names them: `<slug>/index` becomes
   * `<slug>/index.pl.md` (the facts and the Polish text) and `<slug>/index.<lang>.md` (another language).
   */
  partnerPath: layout.cmsPartnerPath,
  /** Decap's i18n for the partners: one file per language, the default language's holding the facts. */
  partnerI18n: { structure: 'multiple_files', locales: [...localeCodes], default_locale: defaultLocale },
  /** Pictures of a partner lie beside its files (Decap's folder relative to the entry). */
  partnerPictures: '',
  homePage: (lang: Locale) => `${layout.pages}/${layout.pageFile(lang, layout.homePage)}`,
} as const;

const storyField = () =>
  bodyField(
    'Historia i zakres współpracy',
    'Tekst strony pod wydarzeniami: kilka akapitów o historii i zakresie współpracy. Śródtytuły, wyliczenia i pogrubienia dodasz przyciskami nad polem, np. śródtytuł „Historia współpracy”.',
  );

/**
 * The whole Decap CMS configuration, generated: the forms from the field descriptions on the zod schemas;
 * the partners as one collection (a new partner is a new entry), each partner's facts once and its texts
 * in every language side by side; the home page; the editorial workflow (every save a branch and a pull
 * request) and the Polish interface.
 */
export function cmsConfig(settings: CmsSettings): Record<string, unknown> {
  const at = (path: string) => `${settings.contentDir}/${path}`;
  // A field is written in every language's file when the translations' schema has it; the rest (the
  // facts) only in the Polish file.
  const translatable = fieldKeys('translation', settings.town);
  const partners = {
    name: 'partners',
    label: 'Miasta partnerskie',
    label_singular: 'Miasto partnerskie',
    description: `Każde miasto partnerskie ma jeden formularz: fakty i tekst ${inLanguage(defaultLocale)} po lewej, tekst w innym języku obok (przycisk „Pokaż drugi język obok”).`,
    folder: at(contentLayout.partnersFolder),
    path: contentLayout.partnerPath,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    delete: false,
    // The folder's name, and so the page's address, comes from the Polish name (always in Latin letters).
    identifier_field: 'name',
    slug: '{{slug}}',
    summary: '{{name}}',
    // Listed by the town's Polish name, as staff look for it, not by the folder's.
    sortable_fields: [{ field: 'name', default_sort: true }],
    // "Zobacz podgląd" opens the partner's own page in the preview: its folder's name is its address.
    preview_path: localizedPath({ route: 'partner', params: { slug: 'SLUG' } }, defaultLocale)
      .replace('SLUG', '{{dirname}}')
      .replace(/^\//, ''),
    i18n: contentLayout.partnerI18n,
    media_folder: contentLayout.partnerPictures,
    public_folder: contentLayout.partnerPictures,
    fields: [
      ...decapFields('partner', settings.town, {
        pictures: { mediaFolder: contentLayout.partnerPictures },
        translatable,
      }).map(
        // The events' facts are edited once, in Polish; the other languages' panes show their texts alone,
        // one per event, in step with the Polish list (the admin page's own widget, `admin/events-widget.ts`).
        // `label_many`: the count above the list in Polish's other plural ("0 wydarzeń", "5 wydarzeń").
        // `summary`: a folded event shows its date and title, not its identifier.
        (field) =>
          field.name === 'events'
            ? { ...field, widget: eventsWidget, label_many: 'Wydarzeń', summary: '{{fields.date}} — {{fields.title}}' }
            : field,
      ),
      { ...storyField(), i18n: true },
    ],
  };
  const home = {
    name: 'home',
    label: 'Strona główna',
    type: 'files',
    files: localeCodes.map((lang) => ({
      name: lang,
      label: `Wstęp ${inLanguage(lang)}`,
      file: at(contentLayout.homePage(lang)),
      fields: [...decapFields('page', settings.town), bodyField('Wstęp', 'Tekst na stronie głównej, pod tytułem.')],
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
    // Decap takes a collection's languages from here, narrowed by the collection's own block.
    i18n: contentLayout.partnerI18n,
    collections: [home, partners],
  };
}

export function cmsConfigYaml(settings: CmsSettings): string {
  return `# Generated at build time by src/features/cms/site-config.ts from the zod schemas in src/model/: edit those, not this file.\n${stringify(cmsConfig(settings), { lineWidth: 0 })}`;
}
