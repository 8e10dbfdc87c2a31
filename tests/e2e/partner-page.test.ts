/**
 * A partner's page in Chromium: names in other languages carry their `lang` (so a screen reader says
 * Čadca in Slovak and ბორჯომი in Georgian), and the page prints clean: no navigation chrome, and links
 * to other sites print with their address.
 */
import type { Browser } from 'playwright-core';
import { localeCodes } from '../../src/blocks/locales.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser, visit } from '../helpers/browser.ts';

const home = inject('siteHome');
const partnerPath = { pl: (slug: string) => `miasta/${slug}/`, en: (slug: string) => `en/towns/${slug}/` };
let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser(inject('browserEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

describe('names in other languages', () => {
  it('Čadca is marked lang="sk" on the Polish page, ბორჯომი lang="ka" on both', async () => {
    const cases = [
      ['pl', 'cadca', 'sk', 'Čadca'],
      ['pl', 'borjomi', 'ka', 'ბორჯომი'],
      ['en', 'borjomi', 'ka', 'ბორჯომი'],
      ['en', 'cadca', 'sk', 'Čadca'],
    ] as const;
    for (const [lang, slug, nameLang, name] of cases) {
      const v = await visit(browser, home + partnerPath[lang](slug));
      try {
        const marked = await v.page.locator(`main [lang="${nameLang}"]`).allTextContents();
        expect(
          marked.map((t) => t.trim()),
          `${lang} ${slug}`,
        ).toContain(name);
      } finally {
        await v.close();
      }
    }
  });
});

describe('printing a partner page', () => {
  for (const lang of localeCodes) {
    it(`${lang}: hides navigation, language switcher, skip link and footer links, and prints URLs of links`, async () => {
      const v = await visit(browser, home + partnerPath[lang]('riom'));
      try {
        const chrome = ['.skip-link', 'header nav', '.lang-switch', '.back-link', '.footer-links'];
        const look = () =>
          v.page.evaluate((selectors) => {
            const display = selectors.map((s) => getComputedStyle(document.querySelector(s)!).display);
            const site = document.querySelector<HTMLAnchorElement>('.facts a[href^="http"]')!;
            const internal = document.querySelector<HTMLAnchorElement>('main a[href^="/"]');
            return {
              display,
              href: site.getAttribute('href'),
              after: getComputedStyle(site, '::after').content,
              internalAfter: internal ? getComputedStyle(internal, '::after').content : 'none',
              h1: getComputedStyle(document.querySelector('h1')!).display,
            };
          }, chrome);
        const screen = await look();
        expect(screen.display.filter((d) => d === 'none')).toEqual([]);
        expect(screen.after).toBe('none');

        await v.page.emulateMedia({ media: 'print' });
        const print = await look();
        expect(print.display).toEqual(chrome.map(() => 'none'));
        expect(print.href).toMatch(/^https:\/\/www\.riom\.net\/?$/);
        expect(print.after).toBe(`" (${print.href})"`);
        expect(print.internalAfter).toBe('none');
        expect(print.h1).not.toBe('none');
        const pdf = await v.page.pdf({ format: 'A4' });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      } finally {
        await v.close();
      }
    });
  }
});
