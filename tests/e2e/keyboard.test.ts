/**
 * Keyboard-only use, in Chromium with real key presses: the skip link comes first and works, every
 * focusable element shows a focus ring that contrasts with what is around it, and the main navigation
 * and the language switcher can be reached and followed with Tab and Enter.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectBrowser, mapLimit, visit } from '../helpers/browser.ts';

const home = inject('siteHome');
let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser(inject('browserEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

/** What the focused element is, and whether it is really shown at its place. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const atCentre = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      href: el.getAttribute('href'),
      text: (el.textContent ?? '').trim(),
      inMain: Boolean(el.closest('main')),
      nav: el.closest('nav')?.getAttribute('aria-label') ?? null,
      onScreen: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight,
      visibleAtCentre: atCentre === el || el.contains(atCentre),
    };
  });
}

/** Presses Tab until the focused element satisfies `test`; fails after `limit` presses. */
async function tabTo(page: Page, test: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean, limit = 30) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f && test(f)) return f;
  }
  throw new Error(`no element reached with ${limit} presses of Tab`);
}

/** Addresses that do not exist: they answer 404 with the 404 page of their language. */
const statusOf = (path: string) => (/nie-ma-takiej-strony|no-such-page/.test(path) ? 404 : 200);
const pageKinds = {
  pl: ['', 'kalendarium/', 'miasta/cadca/', 'deklaracja-dostepnosci/', 'nie-ma-takiej-strony/'],
  en: ['en/', 'en/timeline/', 'en/towns/borjomi/', 'en/accessibility-statement/', 'en/no-such-page/'],
};

describe('keyboard use', () => {
  for (const path of [...pageKinds.pl, ...pageKinds.en]) {
    it(`/${path}: the first Tab shows the skip link, and Enter moves focus to the main content`, async () => {
      const v = await visit(browser, home + path, { width: 360, expectedStatus: statusOf(path) });
      try {
        const hiddenBefore = await v.page.$eval('.skip-link', (a) => a.getBoundingClientRect().bottom <= 0);
        expect(hiddenBefore).toBe(true);
        await v.page.keyboard.press('Tab');
        const skip = await focused(v.page);
        expect(skip).toMatchObject({ href: '#main', onScreen: true, visibleAtCentre: true });
        await v.page.keyboard.press('Enter');
        expect(await focused(v.page)).toMatchObject({ id: 'main' });
        const next = await tabTo(v.page, () => true, 1);
        expect(next.inMain).toBe(true);
      } finally {
        await v.close();
      }
    });
  }

  it('every focusable element shows a focus ring of at least 3:1 against its surroundings, on every kind of page', async () => {
    const problems = await mapLimit(
      [...pageKinds.pl, ...pageKinds.en].flatMap((path) => [360, 1280].map((width) => ({ path, width }))),
      3,
      async ({ path, width }) => {
        const v = await visit(browser, home + path, { width, expectedStatus: statusOf(path) });
        try {
          const total = await v.page.evaluate(() => {
            // Styles of every focusable element before any has focus.
            const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')];
            (window as unknown as { unfocused: string[] }).unfocused = all.map((el) => {
              const s = getComputedStyle(el);
              return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
            });
            return all.length;
          });
          const found: string[] = [];
          for (let i = 0; i < total; i++) {
            await v.page.keyboard.press('Tab');
            found.push(...(await v.page.evaluate(checkFocusRing)).map((p) => `/${path} at ${width}px: ${p}`));
          }
          return found;
        } finally {
          await v.close();
        }
      },
    );
    expect(problems.flat()).toEqual([]);
  });

  for (const [from, target, label] of [
    ['', 'kalendarium/', 'Kalendarium'],
    ['en/', 'en/timeline/', 'Timeline'],
    ['kalendarium/', '', 'Miasta partnerskie'],
  ] as const) {
    it(`/${from}: Tab to "${label}" in the main navigation, Enter opens /${target}`, async () => {
      const v = await visit(browser, home + from, { width: 1280 });
      try {
        await tabTo(v.page, (f) => f.nav !== null && /navigation|Nawigacja/.test(f.nav) && f.text === label);
        await Promise.all([v.page.waitForURL(home + target), v.page.keyboard.press('Enter')]);
        const current = await v.page.$eval('nav a[aria-current="page"]', (a) => a.textContent?.trim());
        expect(current).toBe(label);
      } finally {
        await v.close();
      }
    });
  }

  for (const [from, to, lang] of [
    ['miasta/cadca/', 'en/towns/cadca/', 'en'],
    ['en/towns/borjomi/', 'miasta/borjomi/', 'pl'],
    ['kalendarium/', 'en/timeline/', 'en'],
    ['en/', '', 'pl'],
    ['deklaracja-dostepnosci/', 'en/accessibility-statement/', 'en'],
    ['en/accessibility-statement/', 'deklaracja-dostepnosci/', 'pl'],
  ] as const) {
    it(`/${from}: Tab to the language switcher, Enter lands on the same page in the other language`, async () => {
      const v = await visit(browser, home + from, { width: 360 });
      try {
        const link = await tabTo(v.page, (f) => f.nav === (lang === 'en' ? 'Wybór języka' : 'Choose language'));
        expect(link.onScreen && link.visibleAtCentre).toBe(true);
        await Promise.all([v.page.waitForURL(home + to), v.page.keyboard.press('Enter')]);
        expect(await v.page.getAttribute('html', 'lang')).toBe(lang);
      } finally {
        await v.close();
      }
    });
  }
});

/**
 * Runs in the page, on the element that has focus: its outline (or box shadow) must differ from its
 * unfocused style, be at least 2 px, and contrast 3:1 (WCAG 1.4.11) with the background on each side
 * where the ring is drawn. Returns what is wrong, if anything.
 */
function checkFocusRing(): string[] {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return [];
  const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')];
  const before = (window as unknown as { unfocused: string[] }).unfocused[all.indexOf(el)];
  const s = getComputedStyle(el);
  const now = `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
  const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
  if (now === before) return [`${name} looks the same focused and unfocused (${now})`];
  const width = parseFloat(s.outlineWidth);
  if (s.outlineStyle === 'none' || width < 2) return [`${name} has no outline of 2px or more (${now})`];

  const rgb = (css: string): [number, number, number, number] => {
    const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:[,/]\s*([\d.]+))?\)/.exec(css);
    return m ? [+m[1]!, +m[2]!, +m[3]!, m[4] === undefined ? 1 : +m[4]] : [0, 0, 0, 0];
  };
  const luminance = ([r, g, b]: number[]) => {
    const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  };
  const backgroundAt = (x: number, y: number) => {
    const under = document.elementsFromPoint(x, y).find((e) => e !== el && !el.contains(e));
    for (let e: Element | null = under ?? null; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) return c;
    }
    return [255, 255, 255, 1] as [number, number, number, number];
  };
  const ring = rgb(s.outlineColor);
  const r = el.getBoundingClientRect();
  const d = parseFloat(s.outlineOffset) + width / 2;
  const sides: [string, number, number][] = [
    ['left', r.left - d, r.top + r.height / 2],
    ['right', r.right + d, r.top + r.height / 2],
    ['top', r.left + r.width / 2, r.top - d],
    ['bottom', r.left + r.width / 2, r.bottom + d],
  ];
  const problems: string[] = [];
  let measured = 0;
  for (const [side, x, y] of sides) {
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
    measured++;
    const [l1, l2] = [luminance(ring), luminance(backgroundAt(x, y))].sort((a, b) => b - a);
    const ratio = (l1! + 0.05) / (l2! + 0.05);
    if (ratio < 3) problems.push(`${name}: focus ring ${s.outlineColor} has ${ratio.toFixed(2)}:1 on its ${side}`);
  }
  if (measured === 0) problems.push(`${name}: focus ring not on screen`);
  return problems;
}
