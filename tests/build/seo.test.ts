import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { validateXML } from 'xmllint-wasm';
import { buildSite } from '../helpers/build-site.ts';
import { listFiles, publicFiles, readPage } from '../helpers/html.ts';
import { placeIsHome, readPartnerRecords } from '../helpers/content-records.ts';
import { useTranslations } from '../../src/config/ui.ts';
import { defaultLocale, localeCodes, type Locale } from '../../src/blocks/locales.ts';
import { localizedPath } from '../../src/i18n/routes.ts';
import { homeTown } from '../../src/config/home-town.ts';

const dist = inject('distDir');
const origin = homeTown.site.url;
const root = `${origin}${homeTown.site.basePath}`;

/** The file a URL of the built site is served from. */
const fileOf = (url: string, dir = dist, siteRoot = root) => {
  const rel = url.slice(siteRoot.length);
  return join(dir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
};
const pageUrl = (file: string, siteRoot = root) => siteRoot + file.replace(/index\.html$/, '').replace(/^\.\//, '');

/** Partners of the fixture content with no English text: their English page shows the Polish text. */
const untranslated = readPartnerRecords()
  .filter((r) => !r.texts.en)
  .map((r) => r.slug);
const standIns = untranslated.map((slug) => `en/towns/${slug}/index.html`);
const isUntranslatedPartner = (url: string) => untranslated.some((slug) => url === `${root}miasta/${slug}/`);

interface Head {
  lang: string;
  title: string;
  description: string | undefined;
  canonical: string | undefined;
  alternates: Record<string, string>;
  meta: (property: string) => string[];
  jsonLd: unknown[];
}

function readHead(html: string): Head {
  const doc = parse(html);
  const head = doc.querySelector('head')!;
  const attr = (el: HTMLElement | null, name: string) => el?.getAttribute(name) ?? undefined;
  return {
    lang: attr(doc.querySelector('html'), 'lang') ?? '',
    title: head.querySelector('title')!.textContent,
    description: attr(head.querySelector('meta[name="description"]'), 'content'),
    canonical: attr(head.querySelector('link[rel="canonical"]'), 'href'),
    alternates: Object.fromEntries(
      head
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]),
    ),
    meta: (property) =>
      head
        .querySelectorAll(`meta[property="${property}"], meta[name="${property}"]`)
        .map((m) => m.getAttribute('content')!),
    jsonLd: head
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as unknown),
  };
}

/** The sitemap as loc → { hreflang → href }, read with a plain XML tokenizer of its few elements. */
function readSitemap(xml: string): Map<string, Record<string, string>> {
  const entries = new Map<string, Record<string, string>>();
  for (const [, body] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
    const loc = /<loc>([^<]+)<\/loc>/.exec(body!)![1]!;
    const links = [...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)];
    entries.set(loc, Object.fromEntries(links.map(([, lang, href]) => [lang!, href!])));
  }
  return entries;
}

/**
 * The schema.org types and properties the site may use, checked by hand against schema.org. A typo or an
 * invented property in the JSON-LD fails here.
 */
const vocabulary: Record<string, string[]> = {
  WebSite: ['name', 'url', 'inLanguage', 'publisher'],
  WebPage: ['url', 'name', 'description', 'inLanguage', 'about', 'mentions'],
  GovernmentOrganization: ['name', 'url'],
  City: ['name', 'alternateName', 'address', 'geo', 'sameAs'],
  PostalAddress: ['addressLocality', 'addressCountry'],
  GeoCoordinates: ['latitude', 'longitude'],
  Event: ['name', 'startDate', 'location', 'eventStatus', 'eventAttendanceMode'],
  Place: ['name', 'address'],
  BreadcrumbList: ['itemListElement'],
  ListItem: ['position', 'name', 'item'],
};

function checkVocabulary(node: unknown, where: string): void {
  if (Array.isArray(node)) return node.forEach((n, i) => checkVocabulary(n, `${where}[${i}]`));
  if (!node || typeof node !== 'object') return;
  const { '@type': type, '@context': context, ...props } = node as Record<string, unknown>;
  if (context !== undefined) expect(context, where).toBe('https://schema.org');
  expect(Object.keys(vocabulary), `${where} @type`).toContain(type);
  for (const [key, value] of Object.entries(props)) {
    expect(vocabulary[type as string], `${where}.${key} on ${String(type)}`).toContain(key);
    checkVocabulary(value, `${where}.${key}`);
  }
}

describe('search engines', () => {
  let pages: string[];
  let heads: Map<string, Head>;
  let sitemap: Map<string, Record<string, string>>;

  beforeAll(() => {
    pages = publicFiles(dist).filter((f) => f.endsWith('.html'));
    heads = new Map(pages.map((f) => [f, readHead(readFileSync(join(dist, f), 'utf8'))]));
    const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(parts.length).toBeGreaterThan(0);
    sitemap = new Map(parts.flatMap((p) => [...readSitemap(readFileSync(fileOf(p), 'utf8'))]));
  });

  it('lists every page but the 404s and untranslated stand-ins in the sitemap, and nothing else', () => {
    expect(standIns.length, 'the fixture has an untranslated partner').toBeGreaterThan(0);
    const indexable = pages.filter((f) => !/(^|\/)404\.html$/.test(f) && !standIns.includes(f)).map((f) => pageUrl(f));
    expect([...sitemap.keys()].sort()).toEqual(indexable.sort());
    for (const f of pages.filter((f) => /404\.html$/.test(f))) {
      expect(heads.get(f)!.canonical, f).toBeUndefined();
      expect(heads.get(f)!.meta('robots'), f).toEqual(['noindex']);
    }
  });

  /**
   * What a page is, in any language, read from the page itself rather than from its head's links: which
   * link of the navigation marks it as current, its kinds of structured data and breadcrumb depth, the town
   * it is about and the towns it links to (each known by its coordinates).
   */
  const signature = (file: string): string => {
    const doc = parse(readFileSync(join(dist, file), 'utf8'));
    const ld = (f: string) => (heads.get(f)?.jsonLd ?? []) as Record<string, unknown>[];
    const town = (f: string) => {
      const about = ld(f).find((d) => d['@type'] === 'WebPage')?.about as { geo?: object } | undefined;
      return about?.geo ? JSON.stringify(about.geo) : undefined;
    };
    const nav = doc.querySelectorAll('header nav a, footer a');
    const linked = doc
      .querySelectorAll('main a[href]')
      .map((a) => new URL(a.getAttribute('href')!, pageUrl(file)).href)
      .filter((u) => u.startsWith(root))
      .map((u) => town(fileOf(u).slice(dist.length + 1)))
      .filter((t) => t !== undefined);
    const crumbs = ld(file).find((d) => d['@type'] === 'BreadcrumbList')?.itemListElement as unknown[] | undefined;
    return JSON.stringify({
      current: nav.findIndex((a) => a.getAttribute('aria-current') === 'page'),
      types: ld(file).map((d) => d['@type']),
      depth: crumbs?.length ?? 0,
      town: town(file),
      linked: [...new Set(linked)].sort(),
    });
  };

  it('gives each page a canonical URL and hreflang alternates leading to the same page in each language', () => {
    const byUrl = new Map(pages.map((f) => [pageUrl(f), f]));
    const own = pages.filter((f) => !/(^|\/)404\.html$/.test(f) && !standIns.includes(f));
    let pairs = 0;
    for (const file of own) {
      const head = heads.get(file)!;
      const url = pageUrl(file);
      expect(head.canonical, file).toBe(url);
      if (isUntranslatedPartner(url)) {
        expect(head.alternates, file).toEqual({});
        continue;
      }
      expect(Object.keys(head.alternates).sort(), file).toEqual([...localeCodes, 'x-default'].sort());
      expect(head.alternates[head.lang], file).toBe(url);
      expect(head.alternates['x-default'], file).toBe(head.alternates[defaultLocale]);
      for (const l of localeCodes) {
        // A built page, in that language, naming the same set back, and the same page by its content.
        const target = byUrl.get(head.alternates[l]!);
        expect(target, `${file} → ${l}: ${head.alternates[l]}`).toBeDefined();
        expect(heads.get(target!)!.lang, target).toBe(l);
        expect(heads.get(target!)!.alternates, `${file} ↔ ${target}`).toEqual(head.alternates);
        expect(signature(target!), `${file} ↔ ${target}`).toBe(signature(file));
        if (target !== file) pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(0);
    // A stand-in sends search engines to the page whose text it shows: built, Polish, about the same town.
    for (const file of standIns) {
      const original = byUrl.get(heads.get(file)!.canonical ?? '');
      expect(original, file).toBeDefined();
      expect(heads.get(original!)!.lang, file).toBe(defaultLocale);
      expect(heads.get(file)!.alternates, file).toEqual({});
      expect(signature(original!), file).toBe(signature(file));
    }
  });

  it('lists each page in the sitemap with the alternates its own head names', () => {
    for (const [url, links] of sitemap) {
      expect(links, url).toEqual(heads.get(fileOf(url).slice(dist.length + 1))!.alternates);
    }
  });

  it('gives every page a unique title and description, in its language', () => {
    // A stand-in repeats the Polish page's text by design; it is canonical to that page.
    const own = [...heads].filter(([file]) => !standIns.includes(file)).map(([, head]) => head);
    const titles = own.map((h) => h.title);
    const descriptions = own.map((h) => h.description);
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(descriptions).size).toBe(descriptions.length);
    for (const [file, head] of heads) {
      expect(head.description?.length ?? 0, file).toBeGreaterThan(20);
      expect(head.lang, file).toBe(file.startsWith('en/') ? 'en' : 'pl');
    }
  });

  it('gives every indexable page a meta description of 70 to 160 characters', () => {
    const outside: string[] = [];
    for (const [url] of sitemap) {
      const description = heads.get(fileOf(url).slice(dist.length + 1))!.description ?? '';
      if (description.length < 70 || description.length > 160)
        outside.push(`${url}: ${description.length} “${description}”`);
    }
    expect(sitemap.size).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });

  it('has Open Graph and Twitter card tags with an absolute image that exists', () => {
    for (const [url] of sitemap) {
      const head = heads.get(fileOf(url).slice(dist.length + 1))!;
      expect(head.meta('og:url'), url).toEqual([url]);
      expect(head.meta('og:title'), url).toEqual([head.title]);
      expect(head.meta('og:description'), url).toEqual([head.description]);
      expect(head.meta('og:locale'), url).toEqual([head.lang === 'pl' ? 'pl_PL' : 'en_GB']);
      expect(head.meta('og:locale:alternate'), url).toEqual(
        isUntranslatedPartner(url) ? [] : [head.lang === 'pl' ? 'en_GB' : 'pl_PL'],
      );
      expect(head.meta('twitter:card'), url).toEqual(['summary_large_image']);
      const [image] = head.meta('og:image');
      expect(image?.startsWith(root) && image.endsWith('.png'), image).toBe(true);
      expect(existsSync(fileOf(image!)), image).toBe(true);
    }
  });

  it('has JSON-LD that parses and uses only real schema.org types and properties', () => {
    for (const [file, head] of heads) {
      for (const [i, data] of head.jsonLd.entries()) checkVocabulary(data, `${file} #${i}`);
    }
    const types = (file: string) => heads.get(file)!.jsonLd.map((d) => (d as { '@type': string })['@type']);
    expect(types('index.html')).toContain('WebSite');
    expect(types('en/index.html')).toContain('WebSite');
    expect(types('miasta/cadca/index.html')).toEqual(['WebPage', 'BreadcrumbList']);
    expect(types('en/timeline/index.html')).toEqual(['BreadcrumbList']);
  });

  it('describes a partner town as a City with its coordinates, website and signing ceremonies', () => {
    const [page] = heads.get('en/towns/cadca/index.html')!.jsonLd as {
      about: Record<string, unknown>;
      mentions: { startDate: string; location?: unknown }[];
    }[];
    expect(page!.about).toMatchObject({
      '@type': 'City',
      name: 'Čadca',
      address: { addressCountry: 'SK' },
      geo: { latitude: expect.closeTo(49.44, 1), longitude: expect.closeTo(18.79, 1) },
    });
    // A website only where the record gives one (none is confirmed for Čadca).
    const website = readPartnerRecords().find((p) => p.slug === 'cadca')!.website;
    expect(page!.about['sameAs']).toEqual(
      website ? [new URL(/^https?:/.test(website) ? website : `https://${website}`).href] : undefined,
    );
  });

  it('marks up an event as an Event only with its place and that place’s address, inventing none', () => {
    const partners = readPartnerRecords();
    let events = 0;
    for (const partner of partners) {
      for (const lang of localeCodes) {
        const file = `${localizedPath({ route: 'partner', params: { slug: partner.slug } }, lang).slice(1)}index.html`;
        const [page] = heads.get(file)!.jsonLd as { mentions: Record<string, unknown>[] }[];
        const mentions = page!.mentions;
        // Only the events the records place in the home town or in the partner town have a town to address.
        const atHome = placeIsHome(homeTown.id);
        const located = partner.events.filter((e) => atHome(e) || e.place === 'partner');
        expect(
          mentions.map((m) => m.startDate),
          file,
        ).toEqual(located.map((e) => e.date).sort());
        const townName = readPage(dist, file.replace(/index\.html$/, ''))
          .querySelector('h1')!
          .textContent.trim();
        for (const [i, mention] of mentions.entries()) {
          const event = located.sort((a, b) => (a.date < b.date ? -1 : 1))[i]!;
          const zywiec = atHome(event);
          expect(mention.location, `${file} ${event.id}`).toMatchObject({
            '@type': 'Place',
            address: {
              '@type': 'PostalAddress',
              addressLocality: zywiec ? useTranslations(lang).townName : townName,
              addressCountry: zywiec ? homeTown.country : partner.country,
            },
          });
          events++;
        }
      }
    }
    expect(events).toBeGreaterThan(0);
  });

  it('gives every Event on every page a Place with a postal address naming at least locality and country', () => {
    let events = 0;
    const visit = (node: unknown, where: string): void => {
      if (Array.isArray(node)) return node.forEach((n) => visit(n, where));
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record['@type'] === 'Event') {
        events++;
        const location = record.location as Record<string, unknown> | undefined;
        expect(location?.['@type'], where).toBe('Place');
        expect(String(location?.name ?? '').trim(), where).not.toBe('');
        const address = location?.address as Record<string, unknown> | undefined;
        expect(address?.['@type'], where).toBe('PostalAddress');
        expect(String(address?.addressLocality ?? '').trim(), where).not.toBe('');
        expect(address?.addressCountry, where).toMatch(/^[A-Z]{2}$/);
      }
      Object.values(record).forEach((v) => visit(v, where));
    };
    for (const [file, head] of heads) visit(head.jsonLd, file);
    expect(events).toBeGreaterThan(0);
  });

  it('gives every page below the home page a BreadcrumbList from its home page down to itself', () => {
    const fileOfUrl = (u: string) => fileOf(u).slice(dist.length + 1);
    for (const [url] of sitemap) {
      const file = fileOfUrl(url);
      const lists = heads.get(file)!.jsonLd.filter((d) => (d as { '@type': string })['@type'] === 'BreadcrumbList');
      const homeUrl = root + localizedPath({ route: 'home' }, heads.get(file)!.lang as Locale).slice(1);
      if (url === homeUrl) {
        expect(lists, file).toEqual([]);
        continue;
      }
      expect(lists.length, file).toBe(1);
      const items = (lists[0] as { itemListElement: { position: number; name: string; item: string }[] })
        .itemListElement;
      expect(
        items.map((i) => i.position),
        file,
      ).toEqual(items.map((_, i) => i + 1));
      expect(items.length, file).toBeGreaterThanOrEqual(2);
      expect(items[0]!.item, file).toBe(homeUrl);
      expect(items.at(-1)!.item, file).toBe(pageUrl(file));
      // Each step is a page of the site above this one, named as its heading names it.
      for (const [i, step] of items.entries()) {
        expect(url.startsWith(step.item), `${file}: ${step.item}`).toBe(true);
        expect(existsSync(fileOf(step.item)), step.item).toBe(true);
        if (i > 0) {
          const heading = readPage(dist, fileOfUrl(step.item).replace(/index\.html$/, ''))
            .querySelector('h1')!
            .textContent.replace(/\s+/g, ' ')
            .trim();
          expect(step.name.replace(/\s+/g, ' '), `${file}: ${step.item}`).toBe(heading);
        }
      }
    }
  });

  it('has a robots.txt that names the sitemap, and sitemaps valid against the sitemaps.org schemas', async () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${root}sitemap-index.xml`);
    const xsd = (name: string) => ({
      fileName: name,
      contents: readFileSync(new URL(`../fixtures/sitemap-xsd/${name}`, import.meta.url), 'utf8'),
    });
    const index = await validateXML({
      xml: { fileName: 'sitemap-index.xml', contents: readFileSync(join(dist, 'sitemap-index.xml'), 'utf8') },
      schema: xsd('siteindex.xsd'),
    });
    expect(index.errors).toEqual([]);
    const files = listFiles(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    for (const file of files) {
      const result = await validateXML({
        xml: { fileName: file, contents: readFileSync(join(dist, file), 'utf8') },
        schema: xsd('sitemap-with-alternates.xsd'),
        preload: [xsd('sitemap.xsd'), xsd('xhtml-link.xsd')],
      });
      expect(result.errors, file).toEqual([]);
    }
  });

  it('tells the host, in the search-engine notes and the deployment guide, the exact line for its root robots.txt and how to submit the sitemap', () => {
    const line = /^Sitemap: .+$/m.exec(readFileSync(join(dist, 'robots.txt'), 'utf8'))![0];
    const sitemapUrl = line.slice('Sitemap: '.length);
    for (const doc of ['.docs/search-engines.md', '.deploy/README.md']) {
      const text = readFileSync(new URL(`../../${doc}`, import.meta.url), 'utf8');
      // The line on its own in a code block, ready to copy, whatever the indentation of the list around it.
      const blocks = [...text.matchAll(/^[ \t]*```[a-z]*\n([\s\S]*?)^[ \t]*```/gm)].map((m) => m[1]!.trim());
      expect(blocks, doc).toContain(line);
      expect(text, doc).toMatch(/robots\.txt/);
      // Where to submit it: each engine's webmaster tools, with the sitemap's address.
      expect(text, doc).toContain('Google Search Console');
      expect(text, doc).toContain('Bing Webmaster Tools');
      expect(text.split(sitemapUrl).length - 1, doc).toBeGreaterThanOrEqual(2);
    }
  });

  it('the schema check is not a formality: a sitemap with a bad entry fails it', async () => {
    const xsd = (name: string) => ({
      fileName: name,
      contents: readFileSync(new URL(`../fixtures/sitemap-xsd/${name}`, import.meta.url), 'utf8'),
    });
    const bad = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').replace('<loc>', '<priority>2</priority><loc>');
    const result = await validateXML({
      xml: { fileName: 'bad.xml', contents: bad },
      schema: xsd('sitemap-with-alternates.xsd'),
      preload: [xsd('sitemap.xsd'), xsd('xhtml-link.xsd')],
    });
    expect(result.valid).toBe(false);
  });
});

describe('another public address', () => {
  let dir: string;
  beforeAll(() => {
    dir = buildSite(join(inject('distDir'), '..', 'dist-elsewhere'), {
      SITE_URL: 'https://preview.example.org',
      BASE_PATH: '/',
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is a copy: moves every absolute URL but the canonical links, which name the production pages', () => {
    const texts = listFiles(dir)
      .filter((f) => /\.(html|xml|txt)$/.test(f) && f !== 'robots.txt')
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);
    // What names the production page (canonical, alternates, og:url) aside, nothing points there.
    const naming = /<link rel="(canonical|alternate)"[^>]*>|<meta property="og:url"[^>]*>/g;
    for (const [file, text] of texts) {
      expect(text.replace(naming, ''), file).not.toContain(root.replace(/^https:\/\//, ''));
      expect(text.replace(naming, ''), file).not.toContain(homeTown.site.basePath);
    }
    const head = readHead(readFileSync(join(dir, 'miasta/riom/index.html'), 'utf8'));
    expect(head.canonical).toBe(`${root}miasta/riom/`);
    expect(head.alternates).toEqual({
      pl: `${root}miasta/riom/`,
      en: `${root}en/towns/riom/`,
      'x-default': `${root}miasta/riom/`,
    });
    expect(head.meta('robots')).toEqual(['noindex']);
    expect(head.meta('og:url')).toEqual([`${root}miasta/riom/`]);
    expect(head.meta('og:image')).toEqual(['https://preview.example.org/og-default.png']);
    expect(JSON.stringify(head.jsonLd)).toContain('https://preview.example.org/miasta/riom/');
    // Nothing invites indexing: no sitemap, and robots.txt names none.
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
    expect(listFiles(dir).filter((f) => /sitemap/.test(f))).toEqual([]);
  });
});

describe('a page whose English text is missing', () => {
  it('is canonical to the Polish page, names no alternates, and is left out of the sitemap', () => {
    const entries = readSitemap(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'));
    for (const slug of untranslated) {
      const en = readHead(readFileSync(join(dist, `en/towns/${slug}/index.html`), 'utf8'));
      const pl = readHead(readFileSync(join(dist, `miasta/${slug}/index.html`), 'utf8'));
      expect(en.canonical).toBe(`${root}miasta/${slug}/`);
      expect(en.alternates).toEqual({});
      expect(en.meta('og:locale')).toEqual(['pl_PL']);
      expect(pl.canonical).toBe(`${root}miasta/${slug}/`);
      expect(pl.alternates).toEqual({});
      expect(entries.has(`${root}miasta/${slug}/`)).toBe(true);
      expect(entries.has(`${root}en/towns/${slug}/`)).toBe(false);
      expect(JSON.stringify([...entries.values()])).not.toContain(`en/towns/${slug}/`);
    }
    // Translated partners keep their pairs.
    expect(entries.get(`${root}en/towns/riom/`)).toMatchObject({ pl: `${root}miasta/riom/` });
  });
});
