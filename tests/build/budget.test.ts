import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { expect, inject, it } from 'vitest';
import { publicFiles } from '../helpers/html.ts';

const dist = inject('distDir');
const base = '/miasta-partnerskie/';
/** Pages that truly need a script (the search page); every other page ships none. */
const pagesWithScript = /(^|\/)(szukaj|search)\/index\.html$/;
const budget = 30 * 1024;

/** The built file behind a site-relative URL. */
const fileOf = (href: string) => join(dist, href.slice(base.length));

it('keeps every page, with the CSS and JS it loads, within 30 KB gzipped', () => {
  const report: string[] = [];
  for (const file of publicFiles(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dist, file));
    const doc = parse(html.toString());
    const assets = [
      ...doc
        .querySelectorAll('link[rel~="stylesheet"], link[rel~="modulepreload"]')
        .map((l) => l.getAttribute('href')!),
      ...doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
    ];
    let total = gzipSync(html, { level: 9 }).length;
    for (const href of assets) {
      expect(href, `${file} loads ${href}`).toMatch(new RegExp(`^${base}`));
      total += gzipSync(readFileSync(fileOf(href)), { level: 9 }).length;
    }
    report.push(`${file}: ${(total / 1024).toFixed(1)} KB`);
    expect(total, `${file} weighs ${total} bytes gzipped`).toBeLessThanOrEqual(budget);
  }
  expect(report.length).toBeGreaterThan(20);
});

it('ships no JavaScript on pages that do not need it', () => {
  for (const file of publicFiles(dist).filter((f) => f.endsWith('.html') && !pagesWithScript.test(f))) {
    const doc = parse(readFileSync(join(dist, file), 'utf8'));
    const scripts = doc
      .querySelectorAll('script')
      .filter((s) => s.getAttribute('type') !== 'application/ld+json')
      .map((s) => s.toString().slice(0, 80));
    expect(scripts, file).toEqual([]);
    expect(doc.querySelectorAll('link[rel~="modulepreload"]'), file).toHaveLength(0);
    // Event-handler attributes are script too.
    expect(
      doc.querySelectorAll('*').filter((el) => Object.keys(el.attributes).some((a) => /^on/i.test(a))),
      file,
    ).toEqual([]);
  }
});
