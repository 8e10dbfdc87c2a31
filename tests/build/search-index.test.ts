import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { publicFiles } from '../helpers/html.ts';
import { localeCodes } from '../../src/blocks/locales.ts';
import { localizedPath } from '../../src/i18n/routes.ts';

const dist = inject('distDir');

it('builds one Pagefind index per language, of exactly the pages marked for indexing, Polish with its stemmer', () => {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm: string; page_count: number }>;
  };
  const html = publicFiles(dist).filter((f) => f.endsWith('.html'));
  const marked = html.filter((f) => /<main[^>]* data-pagefind-body/.test(readFileSync(join(dist, f), 'utf8')));
  const english = marked.filter((f) => f.startsWith('en/'));
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'pl']);
  expect(entry.languages['pl']!.page_count).toBe(marked.length - english.length);
  expect(entry.languages['en']!.page_count).toBe(english.length);
  // Pagefind ships a language-specific build of its search code where it has a stemmer for the language.
  expect(entry.languages['pl']!.wasm).toBe('pl');
  expect(entry.languages['en']!.wasm).toBe('en');
  // Every content page is indexed: every page but the search pages themselves (a form and a list of links)
  // and the 404 pages.
  const searchPages = localeCodes.map((l) => `${localizedPath({ route: 'search' }, l).slice(1)}index.html`);
  const notFound = html.filter((f) => /(^|\/)404\.html$/.test(f));
  expect(notFound.length).toBeGreaterThan(0);
  expect(marked.sort()).toEqual(html.filter((f) => !searchPages.includes(f) && !notFound.includes(f)).sort());
});
