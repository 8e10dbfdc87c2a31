import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { defaultLocale, localeCodes } from '../i18n/locales';

/** What a built page's head says about itself: its canonical URL and its `hreflang` alternates. */
export function readHeadLinks(html: string) {
  // Only the head is parsed: on thousands of pages, parsing whole documents costs seconds.
  const end = html.indexOf('</head>');
  const head = parse(end === -1 ? html : html.slice(0, end + 7)).querySelector('head');
  return {
    canonical: head?.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    alternates: (head?.querySelectorAll('link[rel="alternate"][hreflang]') ?? []).map((link) => ({
      lang: link.getAttribute('hreflang')!,
      url: link.getAttribute('href')!,
    })),
  };
}

/**
 * @astrojs/sitemap, fed from the locale config, with each entry's alternates copied from the built page's
 * own `<link rel="alternate">` tags. The integration alone pairs pages only by identical paths after the
 * locale prefix (so `/miasta/…` ↔ `/en/towns/…` would get none) and emits no `x-default`; the pages' heads
 * are derived from the records, so the sitemap and the heads agree by construction. A page whose canonical
 * points elsewhere (an untranslated stand-in) or that has none (404) is left out.
 */
export function sitemapWithAlternates(): AstroIntegration[] {
  let outDir: URL | undefined;
  let root = '';
  const source: AstroIntegration = {
    name: 'sitemap-alternates-source',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        root = new URL(config.base, config.site).href;
      },
    },
  };
  const fileFor = (url: string) => {
    const relative = url.startsWith(root) ? url.slice(root.length) : new URL(url).pathname.replace(/^\//, '');
    return fileURLToPath(
      new URL(`${relative}${relative === '' || relative.endsWith('/') ? 'index.html' : ''}`, outDir),
    );
  };
  return [
    source,
    sitemap({
      i18n: { defaultLocale, locales: Object.fromEntries(localeCodes.map((l) => [l, l])) },
      namespaces: { news: false, image: false, video: false },
      serialize(item) {
        const file = fileFor(item.url);
        if (!existsSync(file)) return undefined;
        const head = readHeadLinks(readFileSync(file, 'utf8'));
        if (head.canonical !== item.url) return undefined;
        const { links: _paired, ...rest } = item;
        return head.alternates.length > 0 ? { ...rest, links: head.alternates } : rest;
      },
    }),
  ];
}
