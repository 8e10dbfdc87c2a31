import { describe, expect, it } from 'vitest';
import { readHeadLinks } from '../../src/integrations/sitemap.ts';

// The sitemap copies each page's alternates from its head: the reader must find exactly those links.
describe('readHeadLinks', () => {
  const page = (head: string, body = '') =>
    `<!doctype html><html lang="pl"><head>${head}</head><body>${body}</body></html>`;

  it('reads the canonical URL and every hreflang alternate, in order', () => {
    const html = page(
      '<meta charset="utf-8"><link rel="canonical" href="https://example.org/miasta/riom/">' +
        '<link rel="alternate" hreflang="pl" href="https://example.org/miasta/riom/">' +
        '<link rel="alternate" hreflang="en" href="https://example.org/en/towns/riom/">' +
        '<link rel="alternate" hreflang="x-default" href="https://example.org/miasta/riom/">',
    );
    expect(readHeadLinks(html)).toEqual({
      canonical: 'https://example.org/miasta/riom/',
      alternates: [
        { lang: 'pl', url: 'https://example.org/miasta/riom/' },
        { lang: 'en', url: 'https://example.org/en/towns/riom/' },
        { lang: 'x-default', url: 'https://example.org/miasta/riom/' },
      ],
    });
  });

  it('takes attributes in any order and decodes entities in addresses', () => {
    const html = page('<link href="https://example.org/?a=1&amp;b=2" hreflang="en" rel="alternate" />');
    expect(readHeadLinks(html).alternates).toEqual([{ lang: 'en', url: 'https://example.org/?a=1&b=2' }]);
  });

  it('ignores other links, alternates without a language and anything after the head', () => {
    const html = page(
      '<link rel="icon" href="/favicon.svg"><link rel="alternate" type="application/rss+xml" href="/feed.xml">',
      '<link rel="canonical" href="https://example.org/body/"><link rel="alternate" hreflang="de" href="/de/">',
    );
    expect(readHeadLinks(html)).toEqual({ canonical: undefined, alternates: [] });
  });

  it('keeps the first canonical when a head has two', () => {
    const html = page(
      '<link rel="canonical" href="https://example.org/a/"><link rel="canonical" href="https://example.org/b/">',
    );
    expect(readHeadLinks(html).canonical).toBe('https://example.org/a/');
  });
});
