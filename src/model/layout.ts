import { defaultLocale, localeCodes, type Locale } from '../blocks/locales.ts';

/**
 * Where the content lives, relative to the project root: `content/` unless `CONTENT_DIR` names another
 * folder. The tests build and check their own fixture content (`tests/fixtures/content`) this way, so the
 * code's tests never depend on what the editors have written today.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env.CONTENT_DIR?.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  return dir || 'content';
}

/**
 * How the content is laid out under its folder, the one module that knows it: a folder per partner with
 * one file per language (the default language's also holds the facts, as Decap CMS's i18n writes it),
 * pictures beside them, and text pages by language. Everything else asks here.
 */
export const layout = {
  /** The partners' folder: one folder per partner, named by its slug. */
  partners: 'partners',
  /** The text pages' folder: one folder per language. */
  pages: 'pages',
  /** The name of a partner's file in a language: `index.pl.md` (facts and Polish text), `index.en.md`. */
  partnerFile: (locale: string) => `index.${locale}.md`,
  /** A partner's file in a language without its `.md` ending, as Decap's i18n path and the check's names take it. */
  partnerBase: (locale: string) => `index.${locale}`,
  /** The language a partner's file name is in (`index.en.md` → `en`), whether or not the site has it. */
  languageOf: (fileName: string) => /^index\.(.+)\.md$/.exec(fileName)?.[1],
  /** The file of the facts. */
  factsFile: `index.${defaultLocale}.md`,
  /** Every partner file name the site reads. */
  partnerFiles: (): string[] => localeCodes.map((l) => `index.${l}.md`),
  /** A text page's file inside the pages' folder. */
  pageFile: (locale: string, name: string) => `${locale}/${name}.md`,
  /** The home page's text. */
  homePage: 'home',
  /** Patterns for Astro's glob loader, relative to the partners' folder. */
  globs: {
    facts: `*/index.${defaultLocale}.md`,
    texts: `*/index.!(${defaultLocale}).md`,
    pages: '*/*.md',
  },
  /** Each collection's entry id from its path under the folder: `<slug>`, `<slug>/<lang>`, `<lang>/<page>`. */
  ids: {
    facts: (entry: string) => entry.split('/')[0]!,
    texts: (entry: string) => entry.replace(/\/index\.([^/]+)\.md$/, '/$1'),
    pages: (entry: string) => entry.replace(/\.md$/, ''),
  },
  /** Decap CMS's i18n path of a partner (it adds `.<lang>.md`). */
  cmsPartnerPath: '{{slug}}/index',
} as const;

/** Where a record lives (or would live), from the project root: the names the messages give. */
export interface RecordFiles {
  facts(slug: string): string;
  text(slug: string, locale: Locale): string;
  page(name: string, locale: Locale): string;
}

/** The record files under a content folder. */
export function contentFiles(dir: string): RecordFiles {
  return {
    facts: (slug) => `${dir}/${layout.partners}/${slug}/${layout.factsFile}`,
    text: (slug, locale) => `${dir}/${layout.partners}/${slug}/${layout.partnerFile(locale)}`,
    page: (name, locale) => `${dir}/${layout.pages}/${layout.pageFile(locale, name)}`,
  };
}

/** A content file's id from its path, if it is a record: a partner's file or a text page. */
export type ContentPath =
  { kind: 'partner'; slug: string; lang: string } | { kind: 'page'; lang: string; name: string } | { kind: 'other' };

/** Reads what a path under any content folder is: `…/partners/<slug>/index.<lang>.md`, `…/pages/<lang>/<name>.md`. */
export function contentPath(path: string): ContentPath {
  const partner = new RegExp(`(?:^|/)${layout.partners}/([^/]+)/index\\.([a-z]{2,3})\\.md$`).exec(path);
  if (partner) return { kind: 'partner', slug: partner[1]!, lang: partner[2]! };
  const page = new RegExp(`(?:^|/)${layout.pages}/([a-z]{2,3})/([^/]+)\\.md$`).exec(path);
  if (page) return { kind: 'page', lang: page[1]!, name: page[2]! };
  return { kind: 'other' };
}
