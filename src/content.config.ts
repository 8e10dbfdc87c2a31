import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './config/content.ts';
import { partnerSchema } from './schemas/partner.ts';
import { pageSchema, translationSchema } from './schemas/translation.ts';

/** One folder per partner under `content/partners/<slug>/`: `partner.md` holds the facts. */
const partners = defineCollection({
  loader: glob({
    base: `./${contentDir()}/partners`,
    pattern: '*/partner.md',
    generateId: ({ entry }) => entry.split('/')[0]!,
    // Facts only: there is no body to keep.
    retainBody: false,
  }),
  schema: ({ image }) => partnerSchema(image),
});

/** Beside it, one file of text per language: `pl.md`, `en.md`. Id: `<slug>/<lang>`. */
const translations = defineCollection({
  loader: glob({
    base: `./${contentDir()}/partners`,
    pattern: '*/!(partner).md',
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    // Pages use the rendered HTML, not the source: keeping it would only grow the data store.
    retainBody: false,
  }),
  schema: translationSchema(),
});

/** Text pages per language: `content/pages/<lang>/<page>.md`. Id: `<lang>/<page>`. */
const pages = defineCollection({
  loader: glob({
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
