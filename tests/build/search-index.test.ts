import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { publicFiles } from '../helpers/html';

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
  // Partner, area and data pages are indexed; the lists, the search pages and the 404 pages are not.
  expect(marked).toContain('miasta/riom/index.html');
  expect(marked).toContain('en/areas/health/index.html');
  expect(marked).toContain('dane/index.html');
  for (const page of ['index.html', 'szukaj/index.html', 'en/search/index.html', '404.html', 'obszary/index.html'])
    expect(marked).not.toContain(page);
});
