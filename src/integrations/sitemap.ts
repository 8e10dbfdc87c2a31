import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

const entities: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'" };
const decode = (value: string) => value.replace(/&(amp|quot|lt|gt|#39);/g, (_, name: string) => entities[name]!);

/**
 * What a built page's head says about itself: its canonical URL and its `hreflang` alternates.
 *
 * A scan of the `<link>` tags before `</head>`, not an HTML parser: these heads are Astro's output, whose
 * attributes are always double-quoted, and on 10,000 pages a parser cost seconds.
 */
export function readHeadLinks(html: string): {
  canonical: string | undefined;
  alternates: { lang: string; url: string }[];
} {
  const end = html.indexOf('</head>');
  const head = end === -1 ? html : html.slice(0, end);
  let canonical: string | undefined;
  const alternates: { lang: string; url: string }[] = [];
  for (const [tag] of head.matchAll(/<link\b[^>]*>/gi)) {
    const attributes = new Map<string, string>();
    for (const [, name, value] of tag.matchAll(/\s([a-z-]+)="([^"]*)"/gi)) {
      attributes.set(name!.toLowerCase(), decode(value!));
    }
    const rel = attributes.get('rel');
    const href = attributes.get('href');
    if (href === undefined) continue;
    if (rel === 'canonical') canonical ??= href;
    const lang = attributes.get('hreflang');
    if (rel === 'alternate' && lang !== undefined) alternates.push({ lang, url: href });
  }
  return { canonical, alternates };
}

/**
 * @astrojs/sitemap, with each entry's alternates copied from the built page's own `<link rel="alternate">`
 * tags. The integration alone pairs pages only by identical paths after the
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
      // No `i18n`: its pairing compares every URL with every other (a second per 10,000 pages) only to
      // produce the links replaced below.
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
