/**
 * Pictures on a real build of the fixture content: the partner with a coat of arms (`emblem`) and photos
 * in its texts. Which partner has them is read from the fixture, not assumed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import { fixtureContent, root } from '../helpers/build-site.ts';
import { readPage } from '../helpers/html.ts';

const dist = inject('distDir');
const base = '/miasta-partnerskie/';
const partners = join(root, fixtureContent, 'partners');

const frontmatter = (file: string) =>
  load(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as Record<string, unknown> & { emblemAlt?: string };
const withEmblem = readdirSync(partners).filter((slug) => frontmatter(join(partners, slug, 'index.pl.md')).emblem);
const pages = { pl: (slug: string) => `miasta/${slug}/`, en: (slug: string) => `en/towns/${slug}/` };

/** The built file behind a URL of the site, which must exist. */
function expectBuilt(url: string) {
  expect(url.startsWith(base), url).toBe(true);
  expect(existsSync(join(dist, url.slice(base.length))), url).toBe(true);
}

const asTyped = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\u2019/g, "'");

describe('pictures', () => {
  it('the fixture has a partner with a coat of arms and photos in both texts', () => {
    expect(withEmblem.length).toBeGreaterThan(0);
  });

  for (const slug of withEmblem) {
    for (const lang of ['pl', 'en'] as const) {
      const text = readFileSync(join(partners, slug, `index.${lang}.md`), 'utf8');
      const alt = frontmatter(join(partners, slug, `index.${lang}.md`)).emblemAlt!;
      const photos = [...text.matchAll(/!\[([^\]]+)\]\(([^)]+)\)/g)].map((m) => ({ alt: m[1]!, file: m[2]! }));

      it(`shows ${slug}'s coat of arms in modern formats, sized, described in ${lang}`, () => {
        const page = readPage(dist, pages[lang](slug));
        const picture = page.querySelector('picture');
        expect(picture).not.toBeNull();
        const types = picture!.querySelectorAll('source').map((s) => s.getAttribute('type'));
        expect(types).toEqual(['image/avif', 'image/webp']);
        const img = picture!.querySelector('img')!;
        // The description as written, set in the language's typography (no-break spaces, curly apostrophes).
        expect(asTyped(img.getAttribute('alt')!)).toBe(asTyped(alt));
        expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
        expect(img.getAttribute('height')).toBe('96');
        for (const source of picture!.querySelectorAll('source')) {
          for (const candidate of source.getAttribute('srcset')!.split(', ')) expectBuilt(candidate.split(' ')[0]!);
        }
        expectBuilt(img.getAttribute('src')!);
      });

      it(`turns every picture of ${slug}'s ${lang} text into responsive, lazy, sized images`, () => {
        expect(photos.length).toBeGreaterThanOrEqual(2);
        const page = readPage(dist, pages[lang](slug));
        for (const photo of photos) {
          const img = page.querySelectorAll('main img').find((i) => i.getAttribute('alt') === photo.alt);
          expect(img, photo.alt).toBeDefined();
          expect(img!.getAttribute('loading')).toBe('lazy');
          expect(Number(img!.getAttribute('width'))).toBeGreaterThan(0);
          expect(Number(img!.getAttribute('height'))).toBeGreaterThan(0);
          expect(img!.getAttribute('sizes')).toBeTruthy();
          const candidates = img!.getAttribute('srcset')!.split(', ');
          expect(candidates.length).toBeGreaterThan(1);
          for (const candidate of candidates) {
            const [url] = candidate.split(' ');
            expect(url).toMatch(/\.(webp|avif)$/);
            expectBuilt(url!);
          }
          expect(img!.getAttribute('style')).toBeUndefined();
        }
      });
    }
  }
});
