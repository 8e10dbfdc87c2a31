import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../src/blocks/locales.ts';
import { localizedPath, type PageRef } from '../../src/i18n/routes.ts';
import { useTranslations } from '../../src/config/ui.ts';
import { asHeading } from '../../src/features/partners/areas.ts';
import { areaKeys } from '../../src/model/areas.ts';
import { readPartnerRecords } from '../helpers/content-records.ts';
import { readPage } from '../helpers/html.ts';
import { connectBrowser } from '../helpers/browser.ts';

const dist = inject('distDir');
let browser: Browser;

// The site served and the Chromium started once for the whole run (tests/helpers/e2e-setup.ts).
const home = inject('siteHome');

beforeAll(async () => {
  browser = await connectBrowser(inject('browserEndpoint'));
});

afterAll(() => browser?.close());

/** Types a query into the search field by keyboard, presses Enter, and waits for the announced result. */
async function search(page: Page, query: string) {
  const field = page.getByRole('searchbox');
  await field.focus();
  await field.fill('');
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await page.waitForFunction((q) => document.getElementById('search-status')!.textContent!.includes(q), query);
  return page.$$eval('#search-results a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('site search', () => {
  it('a Polish search for a cooperation area finds the partner, only among Polish pages', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${home}szukaj/`);
    // The form is shown by the page's script once it has loaded.
    await page.getByRole('search').waitFor({ state: 'visible' });
    const found = await search(page, 'ochrona zdrowia');
    expect(found).toContain('/miasta-partnerskie/miasta/riom/');
    expect(found.every((p) => !p.includes('/en/'))).toBe(true);
    // The status line is a live region, so the count is announced.
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    expect(await page.textContent('#search-status')).toMatch(/„ochrona zdrowia”: \d+/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Polish queries are stemmed: “zdrowie” finds the page that only says “zdrowia”', async () => {
    const text = readPage(dist, 'miasta/riom/').querySelector('main')!.textContent.toLowerCase();
    expect(text).toContain('zdrowia');
    expect(text).not.toContain('zdrowie');
    const page = await browser.newPage();
    await page.goto(`${home}szukaj/`);
    expect(await search(page, 'zdrowie')).toContain('/miasta-partnerskie/miasta/riom/');
    expect(await search(page, 'szpitalach')).toContain('/miasta-partnerskie/miasta/riom/');
    await page.close();
  });

  it('English searches the English index; results are reachable by Tab and a query survives a reload', async () => {
    const page = await browser.newPage();
    await page.goto(`${home}en/search/`);
    const found = await search(page, 'healthcare');
    expect(found).toContain('/miasta-partnerskie/en/towns/riom/');
    expect(found.every((p) => p.startsWith('/miasta-partnerskie/en/'))).toBe(true);
    await page.keyboard.press('Tab'); // the Search button
    await page.keyboard.press('Tab'); // the first result
    const focused = await page.evaluate(() => document.activeElement?.closest('#search-results') !== null);
    expect(focused).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('healthcare');
    await page.reload();
    await page.waitForSelector('#search-results a');
    expect(await page.inputValue('#search-input')).toBe('healthcare');
    expect(await page.textContent('#search-status')).toMatch(/“healthcare”: \d+$/);
    await page.close();
  });

  it('finds every content page by its name, in both languages: home, timeline, areas, data, statement, partners, areas', async () => {
    const base = new URL(home).pathname;
    const page = await browser.newPage();
    const missed: string[] = [];
    for (const locale of localeCodes) {
      const ui = useTranslations(locale);
      // Each page under the name its navigation link, heading or the records give it.
      const named: [PageRef, string][] = [
        [{ route: 'home' }, ui.siteName],
        [{ route: 'timeline' }, ui.timelineTitle],
        [{ route: 'areas' }, ui.areasTitle],
        [{ route: 'data' }, ui.dataTitle],
        [{ route: 'accessibility' }, ui.accessibilityStatement],
        ...areaKeys.map((area): [PageRef, string] => [
          { route: 'area', params: { area } },
          asHeading(ui.areaLabels[area], locale),
        ]),
        ...readPartnerRecords().map((p): [PageRef, string] => [
          { route: 'partner', params: { slug: p.slug } },
          (p.texts[locale] ?? p.texts['pl']!).name,
        ]),
      ];
      await page.goto(`${home}${localizedPath({ route: 'search' }, locale).slice(1)}`);
      for (const [ref, name] of named) {
        const found = await search(page, name);
        const path = localizedPath(ref, locale, base);
        if (!found.includes(path)) missed.push(`${locale} “${name}” → ${path} (found: ${found.slice(0, 5).join(' ')})`);
      }
    }
    expect(missed).toEqual([]);
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const page = await browser.newPage();
    await page.goto(`${home}en/search/`);
    expect(await search(page, 'zzxqj')).toEqual([]);
    expect(await page.textContent('#search-status')).toBe('No results for “zzxqj”.');
    await page.close();
  });

  it('without JavaScript, shows no dead form but a list of links to every partner and area', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${home}szukaj/`);
    expect(await page.isVisible('#search-form')).toBe(false);
    expect(await page.isVisible('#search-noscript')).toBe(true);
    const links = await page.$$eval('.search-fallback a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(links.filter((l) => l.includes('/miasta/')).sort()).toEqual(
      readPartnerRecords().map((p) => `/miasta-partnerskie/miasta/${p.slug}/`),
    );
    expect(links.filter((l) => l.includes('/obszary/'))).toEqual(
      areaKeys.map((a) => `/miasta-partnerskie/obszary/${a}/`),
    );
    for (const href of links.slice(0, 3)) {
      const response = await page.goto(`${new URL(home).origin}${href}`);
      expect(response?.status(), href).toBe(200);
    }
    await context.close();
  });
});
