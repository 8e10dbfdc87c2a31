/**
 * The live `content/` that the editors maintain, built for real. Only what holds for any valid content is
 * asserted, derived from the content itself: no count, name or date of today's partners appears here, so
 * adding or removing a partner never fails this file, while a mistake in the content or a page that
 * breaks with it does.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { siteAddress } from '../../src/config/site.ts';
import { localeCodes } from '../../src/blocks/locales.ts';
import { localizedPath } from '../../src/i18n/routes.ts';
import { checkContentDir } from '../../src/features/check/index.ts';
import { siteRoot } from '../../src/features/seo/site-copy.ts';
import { axeViolations } from '../helpers/axe.ts';
import { connectBrowser, visitAll } from '../helpers/browser.ts';
import { checkLinks, reachable } from '../helpers/link-check.ts';
import { buildSite, root } from '../helpers/build-site.ts';
import { readPartnerRecords } from '../helpers/content-records.ts';
import { listFiles, publicFiles, readPage, times } from '../helpers/html.ts';
import { compareIso } from '../helpers/expected-dates.ts';
import { sitePages } from '../helpers/site-pages.ts';
import { startNginx } from '../helpers/nginx.ts';
import { describe as describeMessage, validate } from '../helpers/vnu.ts';
import { homeTown } from '../../src/config/home-town.ts';

const base = '/miasta-partnerskie/';
const records = readPartnerRecords('content');
let tmp: string;
let dist: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'partner-site-live-'));
  dist = buildSite(join(tmp, 'dist'), { CONTENT_DIR: 'content' });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the live content', () => {
  it('passes the content check', async () => {
    const report = await checkContentDir(root, { town: homeTown });
    expect(report.problems).toEqual([]);
  });

  it('gives every partner a page in each language, headed with its name there (or its Polish name)', () => {
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      for (const lang of localeCodes) {
        const path = localizedPath({ route: 'partner', params: { slug: r.slug } }, lang).slice(1);
        const page = readPage(dist, path);
        expect(page.querySelector('html')!.getAttribute('lang'), path).toBe(lang);
        expect(page.querySelector('h1')!.textContent.trim(), path).toBe((r.texts[lang] ?? r.texts.pl)!.name.trim());
      }
    }
  });

  it('puts every event on the timeline in each language, in date order, linked to its partner', () => {
    for (const lang of localeCodes) {
      const page = readPage(dist, localizedPath({ route: 'timeline' }, lang).slice(1));
      const items = page.querySelectorAll('main li').map((li) => ({
        iso: times(li)[0]![0],
        href: li.querySelector('a')!.getAttribute('href'),
      }));
      const expected = records.flatMap((r) =>
        r.events.map((e) => `${e.date} ${localizedPath({ route: 'partner', params: { slug: r.slug } }, lang, base)}`),
      );
      expect(items.map((i) => `${i.iso} ${i.href}`).sort()).toEqual(expected.sort());
      const isos = items.map((i) => i.iso);
      expect(isos).toEqual([...isos].sort(compareIso));
    }
  });

  it('lists every page in the sitemap but the 404 pages and untranslated stand-ins', () => {
    const standIns = new Set(
      records.flatMap((r) =>
        localeCodes
          .filter((l) => !r.texts[l])
          .map((l) => `${localizedPath({ route: 'partner', params: { slug: r.slug } }, l).slice(1)}index.html`),
      ),
    );
    const sitemap = listFiles(dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('');
    const locs = new Set([...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]));
    const pages = publicFiles(dist).filter(
      (f) => f.endsWith('.html') && !/(^|\/)404\.html$/.test(f) && !standIns.has(f),
    );
    expect(pages.filter((f) => !locs.has(`${base}${f.replace(/index\.html$/, '')}`))).toEqual([]);
    expect(locs.size).toBe(pages.length);
  });

  it('has no error in the W3C Nu Html Checker on any page', async () => {
    const files = publicFiles(dist).filter((f) => /\.(html|css|svg)$/.test(f));
    const errors = await validate(files.map((f) => join(dist, f)));
    expect(errors.map((m) => describeMessage(m, dist))).toEqual([]);
  });

  it('has no broken link, fragment or asset, and every page is reachable from the home pages', async () => {
    const served = await startNginx(dist);
    try {
      const home = `${served.origin}${base}`;
      const pages = sitePages(dist, base);
      const report = await checkLinks({
        start: pages.map((p) => ({ url: served.origin + p.path, status: p.status })),
        // Absolute links to the production address (canonical, alternates) are checked on the served copy.
        publicHome: siteRoot(siteAddress({})),
        localHome: home,
      });
      expect(report.problems).toEqual([]);
      const seen = reachable(report.links, [home, `${home}en/`]);
      expect(pages.filter((p) => p.status === 200 && !seen.has(served.origin + p.path)).map((p) => p.path)).toEqual([]);
    } finally {
      await served.stop();
    }
  });

  it('has no axe violation of WCAG 2.1 A or AA on any page, at 1280 and 360 px', async () => {
    const served = await startNginx(dist);
    const browser: Browser = await connectBrowser(inject('browserEndpoint'));
    try {
      const { origin } = served;
      const found = await visitAll(
        browser,
        sitePages(dist, base),
        3,
        (page) => ({ url: origin + page.path, expectedStatus: page.status }),
        async (v, page) => {
          const out: string[] = [];
          for (const width of [1280, 360]) {
            await v.page.setViewportSize({ width, height: 800 });
            out.push(...(await axeViolations(v.page)).map((m) => `${page.path} @${width}: ${m}`));
          }
          return out;
        },
      );
      expect(found.flat()).toEqual([]);
    } finally {
      await browser.close();
      await served.stop();
    }
    // Every page at two widths: minutes on a busy machine.
  }, 600_000);
});
