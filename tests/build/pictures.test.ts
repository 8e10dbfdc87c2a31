/**
 * The built site carries the pictures its pages use and no others: Astro copies a picture's original
 * beside the sizes it makes, and `src/integrations/unused-originals.ts` leaves the unused ones out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { unusedPictures } from '../../src/integrations/unused-originals.ts';
import { listFiles } from '../helpers/html.ts';
import { fixtureContent, root } from '../helpers/build-site.ts';

const dist = inject('distDir');

describe('the pictures of the built site', () => {
  const files = listFiles(dist);
  const pictures = files.filter((f) => f.startsWith('_astro/') && /\.(png|jpe?g|webp|avif|gif|svg)$/i.test(f));

  it('are there for every partner with an emblem', () => {
    const partners = join(root, fixtureContent, 'partners');
    const emblems = readdirSync(partners)
      .map((slug) => /^emblem:\s*(\S+)/m.exec(readFileSync(join(partners, slug, 'index.pl.md'), 'utf8'))?.[1])
      .filter((emblem): emblem is string => Boolean(emblem));
    expect(emblems.length).toBeGreaterThan(0);
    for (const emblem of emblems) {
      const stem = emblem.replace(/\.[^.]+$/, '');
      expect(
        pictures.some((p) => p.startsWith(`_astro/${stem}.`)),
        stem,
      ).toBe(true);
    }
  });

  it('are each named by a page, a style or a script: no original is copied that nothing uses', () => {
    const read = (file: string) => readFileSync(join(dist, file), 'utf8');
    expect(unusedPictures(files, read)).toEqual([]);
  });
});

describe('unusedPictures', () => {
  const site: Record<string, string> = {
    '_astro/herb.abc.png': '',
    '_astro/herb.abc_1x.webp': '',
    '_astro/style.css': 'body { background: url(/_astro/tlo.def.svg) }',
    '_astro/tlo.def.svg': '',
    'miasta/x/index.html': '<img src="/miasta-partnerskie/_astro/herb.abc_1x.webp">',
    'og-default.png': '',
  };
  const unused = () => unusedPictures(Object.keys(site).sort(), (file) => site[file]!);

  it('finds the original nothing names, and keeps what a page or a style names and what lies outside _astro/', () => {
    expect(unused()).toEqual(['_astro/herb.abc.png']);
  });

  it('finds nothing once a page names it', () => {
    site['miasta/x/index.html'] += '<a href="/miasta-partnerskie/_astro/herb.abc.png">';
    expect(unused()).toEqual([]);
  });
});
