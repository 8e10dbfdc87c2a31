/**
 * `npm run dev`, which the editors' guide gives for previewing: the pages, the map outlines they load and
 * the open data files all answer, at the same addresses as on the built site. Run on a copy of the
 * project, so the dev server's caches never race with the builds of the other tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDev, type Dev } from '../helpers/dev-server.ts';
import { get } from '../helpers/http.ts';

let dev: Dev | undefined;
let origin = '';

beforeAll(async () => {
  // Ready when the home page answers 200.
  dev = await startDev({ ready: (status) => status === 200 });
  origin = dev.origin;
});

afterAll(() => dev?.stop());

describe('npm run dev', () => {
  it('serves the pages in both languages and the map outline each page loads', async () => {
    for (const path of [
      '/miasta-partnerskie/',
      '/miasta-partnerskie/miasta/riom/',
      '/miasta-partnerskie/en/towns/riom/',
    ]) {
      const page = await get(`${origin}${path}`);
      expect(page.status, path).toBe(200);
      const outlines = [...page.body.toString('utf8').matchAll(/<image href="([^"]+)"/g)].map((m) => m[1]!);
      expect(outlines, path).toHaveLength(1);
      const outline = await get(`${origin}${outlines[0]}`);
      expect(outline.status, outlines[0]).toBe(200);
      expect(outline.headers['content-type']).toContain('image/svg+xml');
      expect(outline.body.toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    }
  });

  it('serves the open data files', async () => {
    for (const path of ['data/partners.json', 'data/events.csv', 'data/anniversaries.pl.ics']) {
      expect((await get(`${origin}/miasta-partnerskie/${path}`)).status, path).toBe(200);
    }
  });
});
