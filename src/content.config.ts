import { defineCollection } from 'astro:content';
import { contentGlob } from './loaders/content-glob.ts';
import { z } from 'astro/zod';
import { homeTown } from './config/home-town.ts';
import { contentDir, layout } from './model/layout.ts';
import { partnerSchemaPerFile } from './model/partner.ts';
import { pageSchema, translationSchema } from './model/translation.ts';

/**
 * One folder per partner under `content/partners/<slug>/`: `index.pl.md` holds the facts and the Polish
 * text (its body is the Polish page's text). Id: `<slug>`.
 */
const partnerSchema = partnerSchemaPerFile(homeTown);
const partners = defineCollection({
  loader: contentGlob({
    base: `./${contentDir()}/${layout.partners}`,
    pattern: layout.globs.facts,
    generateId: ({ entry }) => layout.ids.facts(entry),
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
    base: `./${contentDir()}/${layout.partners}`,
    pattern: layout.globs.texts,
    generateId: ({ entry }) => layout.ids.texts(entry),
    retainBody: false,
  }),
  schema: z.union([z.strictObject({}).transform(() => ({ blank: true as const })), translationSchema(homeTown)]),
});

/** Text pages per language: `content/pages/<lang>/<page>.md`. Id: `<lang>/<page>`. */
const pages = defineCollection({
  loader: contentGlob({
    base: `./${contentDir()}/${layout.pages}`,
    pattern: layout.globs.pages,
    generateId: ({ entry }) => layout.ids.pages(entry),
  }),
  schema: pageSchema(homeTown),
});

export const collections = { partners, translations, pages };
