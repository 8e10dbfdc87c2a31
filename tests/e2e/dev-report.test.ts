/**
 * `npm run dev`, which the editors' guide gives for previewing: a real `astro dev` on a copy of the
 * project (its caches never race with the builds of the other tests). The pages, the map outlines they
 * load and the open data files answer at the same addresses as on the built site. The live preview tells
 * the truth, opened in Chromium: a content mistake and a missing picture show the editors' report in the
 * page and in the terminal; mending the file brings every page back without a restart; a server started
 * with a mistake serves the report. One server serves all but the last, which starts its own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser } from '../helpers/browser.ts';
import { get } from '../helpers/http.ts';
import { startDev, type Dev } from '../helpers/dev-server.ts';

const base = '/miasta-partnerskie/';

let browser: Browser;
let dev: Dev;
let page: Page;

beforeAll(async () => {
  browser = await connectBrowser(inject('browserEndpoint'));
  // Ready when the home page answers 200.
  dev = await startDev({ prefix: 'partner-site-dev-report-', ready: (status) => status === 200 });
  page = await (await browser.newContext()).newPage();
});

afterAll(async () => {
  await browser?.close();
  dev?.stop();
});

function edit(path: string, from: string, to: string) {
  const file = join(dev.dir, path);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${path} has no ${from}`);
  writeFileSync(file, text.replace(from, to));
}

/** Reloads a page until its text satisfies `ok` (the server rechecks a moment after a save). */
async function until(url: string, ok: (text: string, status: number) => boolean, what: string) {
  let text = '';
  let status = 0;
  for (let attempt = 0; attempt < 60; attempt++) {
    try {
      const response = await page.goto(url);
      status = response?.status() ?? 0;
      text = await page.locator('body').innerText();
      if (ok(text, status)) return { text, status };
    } catch {
      // The dev server reloaded the page under us (a file changed): try again.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what}: still ${status}\n${text}\n--- server log ---\n${dev.log()}`);
}

const riomPage = () => `${dev.origin}${base}miasta/riom/`;
const home = () => `${dev.origin}${base}`;

describe('npm run dev', () => {
  it('serves the pages in both languages and the map outline each page loads', async () => {
    for (const path of [
      '/miasta-partnerskie/',
      '/miasta-partnerskie/miasta/riom/',
      '/miasta-partnerskie/en/towns/riom/',
    ]) {
      const page = await get(`${dev.origin}${path}`);
      expect(page.status, path).toBe(200);
      const outlines = [...page.body.toString('utf8').matchAll(/<image href="([^"]+)"/g)].map((m) => m[1]!);
      expect(outlines, path).toHaveLength(1);
      const outline = await get(`${dev.origin}${outlines[0]}`);
      expect(outline.status, outlines[0]).toBe(200);
      expect(outline.headers['content-type']).toContain('image/svg+xml');
      expect(outline.body.toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    }
  });

  it('serves the open data files', async () => {
    for (const path of ['data/partners.json', 'data/events.csv', 'data/anniversaries.pl.ics']) {
      expect((await get(`${dev.origin}/miasta-partnerskie/${path}`)).status, path).toBe(200);
    }
  });
});

describe('npm run dev while content is edited', () => {
  it('shows the page first', async () => {
    const { text } = await until(riomPage(), (t, s) => s === 200 && t.includes('Riom'), 'Riom page');
    expect(text).not.toContain('kod / code');
  });

  it('shows the editors report for a content mistake, in the page and the terminal, then the page again', async () => {
    edit('content/partners/riom/index.pl.md', 'date: 1996-06-15', 'date: 15.06.1996');
    const line = readFileSync(join(dev.dir, 'content/partners/riom/index.pl.md'), 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('15.06.1996'));
    for (const url of [riomPage(), home()]) {
      const { text, status } = await until(url, (t) => t.includes('kod / code: bad-date'), 'report in the page');
      expect(status).toBe(500);
      expect(text).toContain(`content/partners/riom/index.pl.md:${line + 1}`);
      expect(text).toContain('pole / field: events[1].date');
      expect(text.indexOf('PL:')).toBeLessThan(text.indexOf('EN:'));
      expect(text).toContain('Write it year first: 1996-06-15');
    }
    expect(dev.log()).toContain('kod / code: bad-date');
    expect(dev.log()).toContain('Write it year first: 1996-06-15');

    edit('content/partners/riom/index.pl.md', 'date: 15.06.1996', 'date: 1996-06-15');
    for (const url of [riomPage(), home()]) {
      const { text } = await until(url, (t, s) => s === 200 && !t.includes('kod / code'), 'page back');
      expect(text).toContain('Riom');
    }
  });

  it('shows the report for a missing picture, then every page again once it is there', async () => {
    const text = 'content/partners/llanfairpwllgwyngyll/index.pl.md';
    const partner = `${dev.origin}${base}miasta/llanfairpwllgwyngyll/`;
    await until(partner, (_t, s) => s === 200, 'partner page');
    edit(text, '](wymiana.jpg)', '](herb-nowy.png)');
    const { text: report } = await until(partner, (t) => t.includes('kod / code: missing-image'), 'report');
    expect(report).toContain('herb-nowy.png');
    expect(report).toContain(text);
    edit(text, '](herb-nowy.png)', '](wymiana.jpg)');
    for (const url of [partner, home(), riomPage(), `${dev.origin}${base}en/towns/llanfairpwllgwyngyll/`]) {
      await until(url, (t, s) => s === 200 && !t.includes('kod / code'), `${url} back`);
    }
    // The last page visited, the English one, shows the photo again.
    expect(await page.locator('main img[alt^="Pupils"]').count()).toBe(1);
  });
});

describe('npm run dev started with a mistake', () => {
  it('serves the report instead of exiting, and the site once mended', async () => {
    const broken = await startDev({
      prefix: 'partner-site-dev-report-',
      prepare: (dir) => {
        const file = join(dir, 'content/partners/riom/index.pl.md');
        writeFileSync(file, readFileSync(file, 'utf8').replace('country: FR', 'country: XX'));
      },
    });
    try {
      const url = `${broken.origin}${base}`;
      let response = await get(url, { accept: 'text/html' });
      expect(response.status).toBe(500);
      expect(response.body.toString('utf8')).toContain('kod / code: unknown-country');
      const file = join(broken.dir, 'content/partners/riom/index.pl.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('country: XX', 'country: FR'));
      for (let attempt = 0; attempt < 60; attempt++) {
        response = await get(url, { accept: 'text/html' });
        if (response.status === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(response.status).toBe(200);
    } finally {
      broken.stop();
    }
  }, 180_000);
});
