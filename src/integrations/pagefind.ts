import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Builds the static search index after Astro has written the site, through Pagefind's Node API (its
 * binary ships in the `@pagefind/<platform>` npm packages). Only main content marked `data-pagefind-body`
 * is indexed; Pagefind reads each page's `<html lang>` and writes one index per language into `pagefind/`.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          const languages = sortLanguages(join(site, 'pagefind', 'pagefind-entry.json'));
          logger.info(`search index: ${languages} (of ${added.page_count} pages read)`);
        } finally {
          await close();
        }
      },
    },
  };
}

/** Pagefind lists the languages in a different order from build to build: sort them, so builds are byte-identical. */
function sortLanguages(entryFile: string): string {
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
  entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(entryFile, JSON.stringify(entry));
  return Object.entries(entry.languages)
    .map(([lang, { page_count }]) => `${lang} ${page_count} pages`)
    .join(', ');
}
