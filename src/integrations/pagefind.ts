import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { mapLimit } from '../blocks/concurrency.ts';
import { inBackground } from './background.ts';

/**
 * Pagefind's prebuilt interfaces: the search page has its own (src/scripts/search.ts), built on
 * `pagefind.js`, so these ~400 KB are never loaded and are not published.
 */
const unusedUi = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$|^pagefind-highlight\.js$/;

/**
 * Builds the static search index after Astro has written the site, through Pagefind's Node API (its
 * binary ships in the `@pagefind/<platform>` npm packages). Only main content marked `data-pagefind-body`
 * is indexed; Pagefind reads each page's `<html lang>` and makes one index per language, written into
 * `pagefind/`.
 *
 * Pagefind runs in its own process: the hook starts it and returns, so the integrations after it work
 * meanwhile (the last one waits for it, see `./background`).
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        inBackground(
          'pagefind',
          buildIndex(fileURLToPath(dir), (message) => logger.info(message)),
        );
      },
    },
  };
}

async function buildIndex(site: string, log: (message: string) => void): Promise<void> {
  let files: { path: string; content: Uint8Array }[];
  let pages = 0;
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    pages = added.page_count;
    // The files come back in memory and are written here: Pagefind's own writeFiles answers before its
    // last file is complete on large sites, and closing the service then cut files short.
    const built = await index.getFiles();
    if (built.errors.length > 0) throw new Error(`Pagefind could not build the index: ${built.errors.join('; ')}`);
    files = built.files;
  } finally {
    await close();
  }
  const out = join(site, 'pagefind');
  const published = files.filter((f) => !unusedUi.test(f.path));
  const entry = published.find((f) => f.path === 'pagefind-entry.json');
  if (!entry) throw new Error('Pagefind wrote no pagefind-entry.json.');
  const { json, summary: languages } = sortLanguages(Buffer.from(entry.content).toString('utf8'));
  entry.content = Buffer.from(json);
  // Each folder once (fragments and index chunks share two), then the files, a few at a time.
  for (const folder of new Set(published.map((f) => dirname(join(out, f.path))))) {
    await mkdir(folder, { recursive: true });
  }
  await mapLimit(published, 8, (file) => writeFile(join(out, file.path), file.content));
  log(`search index: ${languages} (of ${pages} pages read)`);
}

/** Pagefind lists the languages in a different order from build to build: sorted, builds are byte-identical. */
export function sortLanguages(entryJson: string): { json: string; summary: string } {
  const entry = JSON.parse(entryJson) as { languages: Record<string, { page_count: number }> };
  entry.languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    json: JSON.stringify(entry),
    summary: Object.entries(entry.languages)
      .map(([lang, { page_count }]) => `${lang} ${page_count} pages`)
      .join(', '),
  };
}
