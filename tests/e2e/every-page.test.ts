/**
 * Every page of the built site, in both languages, opened in Chromium: axe finds no WCAG 2.0/2.1 A or AA
 * violation at a phone (360 px) and a desktop (1280 px) width, nothing scrolls sideways down to 320 px,
 * the console stays clean and no request leaves the site's own host.
 */
import type { Browser } from 'playwright-core';
import { localeCodes } from '../../src/blocks/locales.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { connectBrowser, visitAll } from '../helpers/browser.ts';
import { sitePages, type SitePage } from '../helpers/site-pages.ts';

const dist = inject('distDir');
const origin = new URL(inject('siteHome')).origin;
const pages = sitePages(dist);
/** Widths, widest first: the page is loaded once and narrowed, as a reader turning a phone would. */
const widths = [1280, 360, 320];
const axeWidths = [1280, 360];

interface Result {
  page: SitePage;
  status: number | undefined;
  consoleErrors: string[];
  foreignRequests: string[];
  cspViolations: string[];
  /** Per width. */
  violations: Record<number, string[]>;
  overflow: Record<number, string[]>;
  /** Per width: elements a keyboard can focus that neither act nor scroll. */
  idleFocus: Record<number, string[]>;
  /** Text in a non-Latin script whose nearest `lang` is the page's own language. */
  unmarkedScript: string[];
}

/** Runs in the page: text in a non-Latin script (Georgian, Cyrillic…) whose nearest `lang` is the page's own. */
function findUnmarkedScript(): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (!/(?!\p{Script=Latin})\p{L}/u.test(text)) continue;
    const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang');
    if (!lang || lang === document.documentElement.lang) found.push(text.trim());
  }
  return found;
}

/**
 * Runs in the page: elements in the Tab order that are not controls (a `tabindex="0"` region, say) and
 * cannot scroll at the current width. A focusable scroll region helps keyboard users only if it scrolls.
 */
function findIdleFocus(): string[] {
  const controls = 'a[href], button, input, select, textarea, summary, iframe, [contenteditable]';
  return [...document.querySelectorAll<HTMLElement>('[tabindex]')]
    .filter((el) => el.tabIndex >= 0 && !el.matches(controls))
    .filter((el) => {
      const style = getComputedStyle(el);
      const scrolls = (overflow: string, scroll: number, client: number) =>
        /auto|scroll/.test(overflow) && scroll > client;
      return !(
        scrolls(style.overflowX, el.scrollWidth, el.clientWidth) ||
        scrolls(style.overflowY, el.scrollHeight, el.clientHeight)
      );
    })
    .map((el) => {
      const name = el.getAttribute('aria-labelledby') ?? el.id ?? '';
      return `<${el.localName} tabindex="${el.getAttribute('tabindex')}"${el.getAttribute('role') ? ` role="${el.getAttribute('role')}"` : ''}> ${name} cannot scroll (${el.scrollWidth} ≤ ${el.clientWidth})`;
    });
}

let browser: Browser;
let results: Result[];

beforeAll(async () => {
  browser = await connectBrowser(inject('browserEndpoint'));
  // Three tabs, each visiting its share of the pages one after another.
  results = await visitAll(
    browser,
    pages,
    3,
    (page) => ({ url: origin + page.path, width: widths[0]!, expectedStatus: page.status }),
    async (v, page): Promise<Result> => {
      const violations: Record<number, string[]> = {};
      const overflow: Record<number, string[]> = {};
      const idleFocus: Record<number, string[]> = {};
      for (const width of widths) {
        await v.page.setViewportSize({ width, height: 800 });
        if (axeWidths.includes(width)) violations[width] = await axeViolations(v.page);
        const { scrollWidth, clientWidth } = await v.page.evaluate(() => document.documentElement);
        overflow[width] = scrollWidth > clientWidth ? [`scrollWidth ${scrollWidth} > clientWidth ${clientWidth}`] : [];
        idleFocus[width] = await v.page.evaluate(findIdleFocus);
      }
      const unmarkedScript = await v.page.evaluate(findUnmarkedScript);
      return {
        page,
        status: v.response?.status(),
        consoleErrors: v.consoleErrors,
        foreignRequests: v.foreignRequests,
        cspViolations: v.cspViolations,
        violations,
        overflow,
        idleFocus,
        unmarkedScript,
      };
    },
  );
  // Every page at three widths: minutes on a busy machine.
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

/** Problems as readable lines, `page: problem`; an empty list is a pass. */
const problems = (pick: (r: Result) => string[]) => results.flatMap((r) => pick(r).map((p) => `${r.page.path}: ${p}`));
const perWidth = (pick: (r: Result) => Record<number, string[]>) =>
  problems((r) => Object.entries(pick(r)).flatMap(([width, list]) => list.map((p) => `at ${width}px: ${p}`)));

describe('every page, both languages', () => {
  it('is found from the built files: home, timeline, partners, statement and 404 pages in each language', () => {
    const byLang = (lang: string) => pages.filter((p) => p.lang === lang).length;
    expect(byLang('pl')).toBeGreaterThanOrEqual(12);
    expect(byLang('en')).toBe(byLang('pl'));
    expect(pages.filter((p) => p.status === 404).map((p) => p.lang)).toEqual(localeCodes);
  });

  it('answers with the right status', () => {
    expect(
      problems((r) => (r.status === r.page.status ? [] : [`status ${r.status}, expected ${r.page.status}`])),
    ).toEqual([]);
  });

  it('has no WCAG 2.0/2.1 A or AA violation found by axe, at 1280 px and 360 px', () => {
    for (const r of results) expect(Object.keys(r.violations).map(Number).sort()).toEqual([...axeWidths].sort());
    expect(perWidth((r) => r.violations)).toEqual([]);
  });

  it('does not scroll sideways at 1280, 360 or 320 px', () => {
    expect(perWidth((r) => r.overflow)).toEqual([]);
  });

  it('puts nothing in the Tab order that neither acts nor scrolls, at 1280, 360 and 320 px', () => {
    for (const r of results) expect(Object.keys(r.idleFocus).map(Number).sort()).toEqual([...widths].sort());
    expect(perWidth((r) => r.idleFocus)).toEqual([]);
  });

  it('logs no console error', () => {
    expect(problems((r) => r.consoleErrors)).toEqual([]);
  });

  it('breaks nothing of its Content-Security-Policy, served as in production', () => {
    expect(problems((r) => r.cspViolations)).toEqual([]);
  });

  it('requests nothing from any host but its own', () => {
    expect(problems((r) => r.foreignRequests)).toEqual([]);
  });

  it('marks text in another script (Georgian ბორჯომი) with its language', () => {
    expect(problems((r) => r.unmarkedScript)).toEqual([]);
  });
});

describe('the checks themselves, on a page made to fail them', () => {
  it('report axe violations, sideways scrolling, console errors, foreign requests and unmarked script', async () => {
    const page = await (await browser.newContext({ viewport: { width: 320, height: 600 } })).newPage();
    try {
      await page.setContent(
        '<html lang="pl"><head><title>x</title></head><body><main><h1>Zła strona</h1>' +
          '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#bbb">mało kontrastu</p>' +
          '<div style="width:400px">szeroko</div><p>ბორჯომი</p>' +
          '<div role="region" tabindex="0" aria-label="t" style="overflow-x:auto"><p>krótko</p></div>' +
          '<div role="region" tabindex="0" aria-label="u" style="overflow-x:auto"><p style="width:900px">długo</p></div>' +
          '</main></body></html>',
      );
      // Only the region that cannot scroll is reported, not the one that can.
      expect(await page.evaluate(findIdleFocus)).toEqual([expect.stringMatching(/^<div tabindex="0" role="region">/)]);
      const ids = (await axeViolations(page)).map((line) => line.split(' ')[0]);
      expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
      expect(await page.evaluate(findUnmarkedScript)).toEqual(['ბორჯომი']);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth),
      ).toBe(true);
    } finally {
      await page.context().close();
    }
    // The site's CSP would stop the foreign request before it is made; these checks must catch it anyway.
    // Two visits in one tab, as the pages above are visited: each reports its own, and only its own.
    const home = `${origin}/miasta-partnerskie/`;
    const [broken, clean] = await visitAll(
      browser,
      ['broken', 'clean'],
      1,
      () => ({ url: home }),
      async (v, which) => {
        if (which === 'broken') {
          await v.page.evaluate(() => {
            console.error('boom');
            const img = document.createElement('img');
            img.src = 'https://tracker.example/pixel.gif';
            document.body.append(img);
          });
          await v.page.waitForTimeout(200);
        }
        return { consoleErrors: [...v.consoleErrors], foreignRequests: [...v.foreignRequests] };
      },
      { bypassCSP: true },
    );
    expect(broken!.consoleErrors.some((e) => e.startsWith('boom'))).toBe(true);
    expect(broken!.foreignRequests).toEqual(['https://tracker.example/pixel.gif']);
    expect(clean).toEqual({ consoleErrors: [], foreignRequests: [] });

    // Under the site's own policy, an inline script is refused, and the refusal reported with its directive.
    const [refused] = await visitAll(
      browser,
      ['inline script'],
      1,
      () => ({ url: home }),
      async (v) => {
        await v.page.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'document.title = "changed"';
          document.body.append(script);
        });
        await v.page.waitForTimeout(200);
        return { title: await v.page.title(), csp: [...v.cspViolations] };
      },
    );
    expect(refused!.title).not.toBe('changed');
    expect(refused!.csp).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)]);
  });
});
