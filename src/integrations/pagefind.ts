import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { inBackground } from './background';

/**
 * Builds the static search index after Astro has written the site, through Pagefind's Node API (its
 * binary ships in the `@pagefind/<platform>` npm packages). Only main content marked `data-pagefind-body`
 * is indexed; Pagefind reads each page's `<html lang>` and writes one index per language into `pagefind/`.
 *
 * Pagefind runs in its own process: the hook starts it and returns, so the integrations after it work
 * meanwhile (the last one waits for it, see `./background`).
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        inBackground('pagefind', buildIndex(fileURLToPath(dir), (message) => logger.info(message)));
      },
    },
  };
}

async function buildIndex(site: string, log: (message: string) => void): Promise<void> {
  let pages = 0;
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    pages = added.page_count;
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  } finally {
    // Closing ends Pagefind's service once its files are out: on large sites writeFiles can answer
    // before the last file is complete (seen here at 10,000 pages).
    await close();
  }
  const languages = await sortLanguages(join(site, 'pagefind', 'pagefind-entry.json'));
  log(`search index: ${languages} (of ${pages} pages read)`);
}

/** Pagefind lists the languages in a different order from build to build: sort them, so builds are byte-identical. */
async function sortLanguages(entryFile: string): Promise<string> {
  const entry = (await readWhenComplete(entryFile)) as { languages: Record<string, { page_count: number }> };
  entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(entryFile, JSON.stringify(entry));
  return Object.entries(entry.languages)
    .map(([lang, { page_count }]) => `${lang} ${page_count} pages`)
    .join(', ');
}

/** Reads a JSON file another process is still finishing: waits (up to 10 s) until it parses. */
async function readWhenComplete(file: string): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      if (attempt >= 100) throw new Error(`Pagefind left ${file} incomplete: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
