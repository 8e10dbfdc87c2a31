import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { readPartnerRecords } from '../helpers/content-records.ts';
import { connectBrowser } from '../helpers/browser.ts';

/**
 * The map's labels are placed at build time from estimated text widths; here a real browser measures the
 * rendered text (SVG getBBox, in the drawing's own units) to check that no label leaves the drawing,
 * overlaps another label or hides another town's marker.
 */
let browser: Browser;

// The site served and the Chromium started once for the whole run (tests/helpers/e2e-setup.ts).
const home = inject('siteHome');

beforeAll(async () => {
  browser = await connectBrowser(inject('browserEndpoint'));
});

afterAll(() => browser?.close());

const pages = ['', 'en/', ...readPartnerRecords().flatMap((p) => [`miasta/${p.slug}/`, `en/towns/${p.slug}/`])];

it('every map label, as the browser renders it, stays inside the drawing and clear of the others', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  for (const path of pages) {
    await page.goto(`${home}${path}`, { waitUntil: 'domcontentloaded' });
    const problems = await page.$eval('figure.map svg', (svg) => {
      const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [
        number,
        number,
        number,
        number,
      ];
      type B = { x: number; y: number; width: number; height: number; id: string };
      // A point whose label had no room is drawn without one.
      const labels: B[] = [...svg.querySelectorAll('.map-point:has(text)')].map((g) => {
        const b = (g.querySelector('text') as SVGTextElement).getBBox();
        return { x: b.x, y: b.y, width: b.width, height: b.height, id: g.getAttribute('data-id')! };
      });
      const markers: B[] = [...svg.querySelectorAll('.map-point')].map((g) => {
        const b = (g.querySelector('circle, rect') as SVGGraphicsElement).getBBox();
        return { x: b.x, y: b.y, width: b.width, height: b.height, id: g.getAttribute('data-id')! };
      });
      const overlap = (a: B, b: B) =>
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      const out: string[] = [];
      for (const l of labels) {
        if (l.width === 0) out.push(`${l.id}: empty label`);
        if (l.x < 0 || l.y < 0 || l.x + l.width > width || l.y + l.height > height) out.push(`${l.id}: outside`);
        for (const o of labels) if (o !== l && o.id > l.id && overlap(l, o)) out.push(`${l.id} overlaps ${o.id}`);
        for (const m of markers) if (m.id !== l.id && overlap(l, m)) out.push(`${l.id} hides ${m.id}`);
      }
      return out;
    });
    expect(problems, path || 'home').toEqual([]);
  }
  await page.close();
});
