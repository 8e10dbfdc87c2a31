/**
 * Every page of the built site, in both languages, opened in Chromium at a small phone (320 px), a common
 * phone (360 px) and a desktop (1280 px) width: axe finds no WCAG 2.0/2.1 A or AA violation, nothing
 * scrolls sideways, the console stays clean and no request leaves the site's own host.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser, mapLimit, visit } from '../helpers/browser';
import { sitePages, type SitePage } from '../helpers/site-pages';

const dist = inject('distDir');
const origin = new URL(inject('siteHome')).origin;
const pages = sitePages(dist);
const axeWidths = [360, 1280];
const widths = [320, ...axeWidths];
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Result {
  page: SitePage;
  width: number;
  status: number | undefined;
  violations: string[];
  consoleErrors: string[];
  foreignRequests: string[];
  scrollWidth: number;
  clientWidth: number;
  /** Text in a non-Latin script whose nearest `lang` is the page's own language. */
  unmarkedScript: string[];
}

let browser: Browser;
let results: Result[];

beforeAll(async () => {
  browser = await connectBrowser(inject('browserEndpoint'));
  const jobs = pages.flatMap((page) => widths.map((width) => ({ page, width })));
  results = await mapLimit(jobs, 4, async ({ page, width }): Promise<Result> => {
    const v = await visit(browser, origin + page.path, { width, expectedStatus: page.status });
    try {
      const axe = axeWidths.includes(width)
        ? await new AxeBuilder({ page: v.page }).withTags(wcagTags).analyze()
        : null;
      const violations = (axe?.violations ?? []).map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
      const layout = await v.page.evaluate(() => {
        const { scrollWidth, clientWidth } = document.documentElement;
        const unmarked: string[] = [];
        const pageLang = document.documentElement.lang;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          if (!/(?!\p{Script=Latin})\p{L}/u.test(text)) continue;
          const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang');
          if (!lang || lang === pageLang) unmarked.push(text.trim());
        }
        return { scrollWidth, clientWidth, unmarked };
      });
      return {
        page,
        width,
        status: v.response?.status(),
        violations,
        consoleErrors: v.consoleErrors,
        foreignRequests: v.foreignRequests,
        scrollWidth: layout.scrollWidth,
        clientWidth: layout.clientWidth,
        unmarkedScript: layout.unmarked,
      };
    } finally {
      await v.close();
    }
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Problems per page and width, as readable lines; an empty list is a pass. */
const problems = (pick: (r: Result) => string[]) =>
  results.flatMap((r) => pick(r).map((p) => `${r.page.path} at ${r.width}px: ${p}`));

describe('every page, both languages', () => {
  it('is found from the built files: home, timeline, partners, statement and 404 pages in each language', () => {
    const byLang = (lang: string) => pages.filter((p) => p.lang === lang);
    expect(byLang('pl').length).toBeGreaterThanOrEqual(12);
    expect(byLang('en').length).toBe(byLang('pl').length);
    expect(pages.filter((p) => p.status === 404).map((p) => p.lang)).toEqual(['pl', 'en']);
  });

  it('answers with the right status', () => {
    expect(
      problems((r) => (r.status === r.page.status ? [] : [`status ${r.status}, expected ${r.page.status}`])),
    ).toEqual([]);
  });

  it('has no WCAG 2.0/2.1 A or AA violation found by axe, at 360 px and 1280 px', () => {
    expect(results.filter((r) => axeWidths.includes(r.width))).toHaveLength(pages.length * axeWidths.length);
    expect(problems((r) => r.violations)).toEqual([]);
  });

  it('does not scroll sideways at 320 px, 360 px or 1280 px', () => {
    expect(
      problems((r) => (r.scrollWidth <= r.clientWidth ? [] : [`scrollWidth ${r.scrollWidth} > ${r.clientWidth}`])),
    ).toEqual([]);
  });

  it('logs no console error', () => {
    expect(problems((r) => r.consoleErrors)).toEqual([]);
  });

  it('requests nothing from any host but its own', () => {
    expect(problems((r) => r.foreignRequests)).toEqual([]);
  });

  it('marks text in another script (Georgian ბორჯომი) with its language', () => {
    expect(problems((r) => r.unmarkedScript)).toEqual([]);
  });
});
