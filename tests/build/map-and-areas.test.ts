import { readFileSync } from 'node:fs';
import { localeCodes } from '../../src/blocks/locales.ts';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, publicFiles, readPage } from '../helpers/html.ts';
import { readPartnerRecords } from '../helpers/content-records.ts';
import { homeTown } from '../../src/config/home-town.ts';

const dist = inject('distDir');
const base = '/miasta-partnerskie/';
const langs = localeCodes;
const paths = {
  home: { pl: '', en: 'en/' },
  partner: { pl: (s: string) => `miasta/${s}/`, en: (s: string) => `en/towns/${s}/` },
  areas: { pl: 'obszary/', en: 'en/areas/' },
  area: { pl: (a: string) => `obszary/${a}/`, en: (a: string) => `en/areas/${a}/` },
};
const partners = readPartnerRecords();
const allAreas = [...new Set(partners.flatMap((p) => p.areas))];

/** Haversine on a sphere of the mean Earth radius, written out again here from the formula. */
function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}
const home = homeTown.coordinates;

describe('the map', () => {
  for (const lang of langs) {
    it(`on the home page: an inline SVG image with every partner and the home town inside its frame, named in ${lang}`, () => {
      const page = readPage(dist, paths.home[lang]);
      const svg = page.querySelector('main figure.map svg')!;
      expect(svg.getAttribute('role')).toBe('img');
      const title = page.getElementById(svg.getAttribute('aria-labelledby')!)!;
      expect(title.tagName).toBe('TITLE');
      expect(title.textContent.trim().length).toBeGreaterThan(5);
      const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      const points = svg.querySelectorAll('.map-point');
      expect(points.map((g) => g.getAttribute('data-id')).sort()).toEqual(
        [homeTown.id, ...partners.map((p) => p.slug)].sort(),
      );
      for (const g of points) {
        const id = g.getAttribute('data-id')!;
        const marker = g.querySelector(id === homeTown.id ? 'rect' : 'circle')!;
        const x = Number(marker.getAttribute(id === homeTown.id ? 'x' : 'cx'));
        const y = Number(marker.getAttribute(id === homeTown.id ? 'y' : 'cy'));
        expect(x, id).toBeGreaterThan(0);
        expect(x, id).toBeLessThan(width!);
        expect(y, id).toBeGreaterThan(0);
        expect(y, id).toBeLessThan(height!);
        // A label with no room is left out (the list beside the map names every place); the home town always has one.
        const text = g.querySelector('text');
        if (id === homeTown.id) expect(text, id).not.toBeNull();
        if (!text) continue;
        const texts = partners.find((p) => p.slug === id)?.texts;
        const expected = id === homeTown.id ? homeTown.names[lang].nominative : (texts?.[lang] ?? texts?.pl)!.name;
        expect(text.textContent.trim(), id).toBe(expected);
      }
      expect(page.querySelectorAll('main .map-home')).toHaveLength(1);
    });

    it(`its text alternative lists the same partners with country and distance from the home town (${lang})`, () => {
      const page = readPage(dist, paths.home[lang]);
      const items = page.querySelectorAll('main .distances li');
      const mapIds = page.querySelectorAll('.map-point').map((g) => g.getAttribute('data-id'));
      const listed = items.map((li) => li.querySelector('a')!.getAttribute('href')!.split('/').at(-2)!);
      expect(listed.sort()).toEqual(mapIds.filter((id) => id !== homeTown.id).sort());
      const countries = new Intl.DisplayNames([lang], { type: 'region' });
      const numbers = new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 });
      let previous = 0;
      for (const li of items) {
        const slug = li.querySelector('a')!.getAttribute('href')!.split('/').at(-2)!;
        const p = partners.find((q) => q.slug === slug)!;
        const distance = km(home, p.coordinates);
        const text = li.textContent.replace(/\s+/g, ' ');
        expect(text, slug).toContain(countries.of(p.country)!);
        expect(text, slug).toContain(numbers.format(Math.round(distance)).replace(/\s+/g, ' '));
        expect(distance, 'nearest first').toBeGreaterThanOrEqual(previous);
        previous = distance;
      }
    });

    it(`each partner page has a locator of just that partner and the home town, and its distance (${lang})`, () => {
      for (const p of partners) {
        const page = readPage(dist, paths.partner[lang](p.slug));
        const svg = page.querySelector('main figure.map svg')!;
        expect(svg.getAttribute('role'), p.slug).toBe('img');
        expect(page.getElementById(svg.getAttribute('aria-labelledby')!)!.textContent, p.slug).toContain(
          (p.texts[lang] ?? p.texts.pl)!.name,
        );
        expect(svg.querySelectorAll('.map-point').map((g) => g.getAttribute('data-id'))).toEqual([homeTown.id, p.slug]);
        const facts = page.querySelector('.facts')!.textContent.replace(/\s+/g, ' ');
        const numbers = new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 });
        expect(facts, p.slug).toContain(numbers.format(Math.round(km(home, p.coordinates))).replace(/\s+/g, ' '));
      }
    });
  }

  it('needs no script or map tiles: JavaScript exists on the search pages only', () => {
    const html = publicFiles(dist).filter((f) => f.endsWith('.html'));
    // JSON-LD blocks are data, not script.
    const withScript = html.filter((f) =>
      /<script(?![^>]*application\/ld\+json)/i.test(readFileSync(join(dist, f), 'utf8')),
    );
    expect(withScript.sort()).toEqual(['en/search/index.html', 'szukaj/index.html']);
    for (const f of html) {
      const text = readFileSync(join(dist, f), 'utf8');
      expect(text, f).not.toMatch(/<iframe|<object|<embed/);
      // The only <img> are the content's own pictures, processed into this site's assets: no map tiles.
      for (const [, src] of text.matchAll(/<img[^>]*\ssrc="([^"]*)"/g)) {
        expect(src, f).toMatch(/^\/miasta-partnerskie\/_astro\/[^/]+\.(png|jpe?g|webp|avif|gif)$/);
      }
    }
  });

  it('draws every map over one shared outline file of this site: an SVG of sea, land and borders, nothing else', () => {
    const maps = publicFiles(dist)
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) => readPage(dist, f.replace(/index\.html$/, '')).querySelectorAll('figure.map svg'));
    expect(maps.length).toBeGreaterThan(2 * partners.length);
    const files = new Set<string>();
    for (const svg of maps) {
      const images = svg.querySelectorAll('image');
      expect(images.length).toBe(1);
      const href = images[0]!.getAttribute('href')!;
      expect(href).toMatch(/^\/miasta-partnerskie\/map\/base-\d+x\d+-[0-9a-f]{10}\.svg$/);
      // The outline fills the drawing exactly, so the points sit where they were projected.
      const [, , width, height] = svg.getAttribute('viewBox')!.split(' ');
      expect([images[0]!.getAttribute('width'), images[0]!.getAttribute('height')]).toEqual([width, height]);
      expect(href).toContain(`-${width}x${height}-`);
      files.add(href.slice(base.length));
    }
    // The home maps share one file, every locator another: two in all, fetched once each.
    expect(files.size).toBe(2);
    expect(
      listFiles(join(dist, 'map'))
        .filter((f) => f.endsWith('.svg'))
        .sort(),
    ).toEqual([...files].map((f) => f.slice('map/'.length)).sort());
    for (const file of files) {
      const svg = readFileSync(join(dist, file), 'utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      const elements = [...svg.matchAll(/<([a-z]+)/g)].map((m) => m[1]);
      expect(new Set(elements)).toEqual(new Set(['svg', 'rect', 'path']));
      expect(svg).not.toMatch(/href|on[a-z]+=|<script|<style/i);
    }
  });
});

describe('cooperation areas', () => {
  for (const lang of langs) {
    it(`each area page lists exactly the partners whose records name that area (${lang})`, () => {
      for (const area of allAreas) {
        const page = readPage(dist, paths.area[lang](area));
        const listed = page
          .querySelectorAll('main .partner-list a')
          .map((a) => a.getAttribute('href'))
          .sort();
        const expected = partners
          .filter((p) => p.areas.includes(area))
          .map((p) => `${base}${paths.partner[lang](p.slug)}`)
          .sort();
        expect(listed, area).toEqual(expected);
        expect(page.querySelector('html')!.getAttribute('lang')).toBe(lang);
      }
    });

    it(`partner pages link each of their areas to its page, and the overview links every area (${lang})`, () => {
      const files = new Set(listFiles(dist));
      for (const p of partners) {
        const links = readPage(dist, paths.partner[lang](p.slug))
          .querySelectorAll('main .areas a')
          .map((a) => a.getAttribute('href')!);
        expect(links, p.slug).toEqual(p.areas.map((a) => `${base}${paths.area[lang](a)}`));
        for (const href of links) expect(files.has(`${href.slice(base.length)}index.html`), href).toBe(true);
      }
      const overview = readPage(dist, paths.areas[lang]);
      const areaLinks = overview.querySelectorAll('main .area-list > li > a').map((a) => a.getAttribute('href'));
      for (const area of allAreas) expect(areaLinks).toContain(`${base}${paths.area[lang](area)}`);
    });
  }

  it('the area page in one language switches to the same area in the other', () => {
    const switcher = readPage(dist, paths.area.pl('health')).querySelector('.lang-switch a')!;
    expect(switcher.getAttribute('href')).toBe(`${base}${paths.area.en('health')}`);
  });
});
