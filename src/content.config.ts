import { defineCollection } from 'astro:content';
import { contentGlob } from './loaders/content-glob.ts';
import { z } from 'astro/zod';
import { contentDir } from './config/content.ts';
import { defaultLocale } from './i18n/locales.ts';
import { partnerSchema } from './schemas/partner.ts';
import { pageSchema, translationSchema } from './schemas/translation.ts';

/**
 * One folder per partner under `content/partners/<slug>/`: `index.pl.md` holds the facts and the Polish
 * text (its body is the Polish page's text). Id: `<slug>`.
 */
const partners = defineCollection({
  loader: contentGlob({
    base: `./${contentDir()}/partners`,
    pattern: `*/index.${defaultLocale}.md`,
    generateId: ({ entry }) => entry.split('/')[0]!,
    // Pages use the rendered HTML, not the source: keeping it would only grow the data store.
    retainBody: false,
  }),
  schema: ({ image }) => partnerSchema(image),
});

/**
 * Beside it, the text in each other language: `index.en.md`. Id: `<slug>/<lang>`. A file with nothing in
 * it (Decap CMS writes one for a language left blank) is an untranslated text, as if it were not there.
 */
const translations = defineCollection({
  loader: contentGlob({
    base: `./${contentDir()}/partners`,
    pattern: `*/index.!(${defaultLocale}).md`,
    generateId: ({ entry }) => entry.replace(/\/index\.([^/]+)\.md$/, '/$1'),
    retainBody: false,
  }),
  schema: z.union([z.strictObject({}).transform(() => ({ blank: true as const })), translationSchema()]),
});

/** Text pages per language: `content/pages/<lang>/<page>.md`. Id: `<lang>/<page>`. */
const pages = defineCollection({
  loader: contentGlob({
    base: `./${contentDir()}/pages`,
    pattern: '*/*.md',
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: pageSchema(),
});

/*
 * Astro keeps the parsed records between builds and parses them again only when this file's text changes
 * (or the content does). After changing what a schema imported here makes of a field, change this file
 * too, e.g. this note, so no build reads records parsed by the old schema: an event's `place` is now
 * `home` for the town itself, whether written `home` or with the town's identifier.
 */
export const collections = { partners, translations, pages };
