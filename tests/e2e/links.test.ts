import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { siteAddress } from '../../src/config/site.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { checkLinks, reachable, type LinkReport } from '../helpers/link-check.ts';
import { sitePages } from '../helpers/site-pages.ts';
import { serveSite } from '../helpers/static-server.ts';

const dist = inject('distDir');
const home = inject('siteHome');
const origin = new URL(home).origin;
const pages = sitePages(dist);
// The build saw the same environment, so its absolute links (canonical, hreflang…) use this address.
const { site, base } = siteAddress();

describe('links of the served site', () => {
  let report: LinkReport;
  beforeAll(async () => {
    report = await checkLinks({
      start: pages.map((p) => ({ url: origin + p.path, status: p.status })),
      publicHome: `${site}${base}`,
      localHome: home,
    });
  });

  it('crawls every page of both languages', () => {
    for (const page of pages) expect(report.fetched.get(origin + page.path), page.path).toBe(page.status);
    expect(pages.filter((p) => p.path.includes('/en/')).length).toBeGreaterThan(10);
  });

  it('finds no broken link, fragment or asset', () => {
    expect(report.problems).toEqual([]);
  });

  it('reaches every page from the two home pages by following links', () => {
    const seen = reachable(report.links, [home, `${home}en/`]);
    const orphans = pages.filter((p) => p.status === 200 && !seen.has(origin + p.path)).map((p) => p.path);
    expect(orphans).toEqual([]);
  });

  it('leaves partner websites alone: seen, written as absolute https addresses, not fetched', () => {
    const partnerSites = [...report.external].filter((u) => !u.includes('rpo.gov.pl'));
    expect(partnerSites.length).toBeGreaterThanOrEqual(8);
    for (const url of report.fetched.keys()) expect(url.startsWith(origin), url).toBe(true);
  });
});

describe('a pull request preview, built under a nested base path', () => {
  const previewSite = 'https://town.github.io';
  const previewBase = '/partner-cities/pr-7/';

  it('has no broken link, fragment or asset, and every page is reachable from the home pages', async () => {
    const out = sharedBuild({ SITE_URL: previewSite, BASE_PATH: previewBase });
    const served = await serveSite(out, previewBase);
    try {
      const previewPages = sitePages(out, previewBase);
      const servedOrigin = new URL(served.home).origin;
      const result = await checkLinks({
        start: previewPages.map((p) => ({ url: servedOrigin + p.path, status: p.status })),
        publicHome: `${previewSite}${previewBase}`,
        localHome: served.home,
      });
      expect(result.problems).toEqual([]);
      for (const page of previewPages)
        expect(result.fetched.get(servedOrigin + page.path), page.path).toBe(page.status);
      const seen = reachable(result.links, [served.home, `${served.home}en/`]);
      expect(previewPages.filter((p) => p.status === 200 && !seen.has(servedOrigin + p.path))).toEqual([]);
    } finally {
      await served.close();
    }
  });
});

describe('the link checker itself', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'partner-site-links-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('reports broken links, missing fragments and assets, redirects and bad external addresses', async () => {
    mkdirSync(join(tmp, 'ok'));
    writeFileSync(join(tmp, 'ok', 'index.html'), '<!doctype html><title>ok</title><h1 id="here">ok</h1>');
    writeFileSync(
      join(tmp, 'index.html'),
      [
        '<!doctype html><title>home</title><main id="main">',
        '<a href="#main">fine</a> <a href="/b/ok/#here">fine</a> <a href="https://www.example.org/">fine</a>',
        '<a href="/b/missing/">broken</a> <a href="/b/ok/#nowhere">no fragment</a> <a href="#gone">no fragment</a>',
        '<a href="/b/ok">redirect</a> <img src="/b/missing.png" alt=""> <a href="www.example.org">relative</a>',
        '<a href="mailto:nobody">bad mail</a> <a href="ftp://example.org/x">ftp</a>',
        '<a href="https://public.example/b/ok/#here">public address, mapped</a>',
        '</main>',
      ].join('\n'),
    );
    const server = await serveSite(tmp, '/b/');
    try {
      const { problems, external } = await checkLinks({
        start: [{ url: server.home, status: 200 }],
        publicHome: 'https://public.example/b/',
        localHome: server.home,
      });
      const page = server.home;
      expect(problems.sort()).toEqual(
        [
          `${page}: <a href> "/b/missing/" answers 404`,
          `${page}: <a href> "/b/ok/#nowhere" points at #nowhere, which ${page}ok/ does not have`,
          `${page}: <a href> "#gone" points at #gone, which ${page} does not have`,
          `${page}: <a href> "/b/ok" answers 301`,
          `${page}: <img src> "/b/missing.png" answers 404`,
          `${page}: <a href> "www.example.org" answers 404`,
          `${page}: <a href> "mailto:nobody" is not an e-mail address`,
          `${page}: <a href> "ftp://example.org/x" uses ftp:, not http(s)`,
        ].sort(),
      );
      expect([...external]).toEqual(['https://www.example.org/']);
    } finally {
      await server.close();
    }
  });
});
