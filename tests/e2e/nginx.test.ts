import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { localeCodes } from '../../src/blocks/locales.ts';
import { cmsConnectHosts } from '../../src/config/cms.ts';
import { localizedPath } from '../../src/i18n/routes.ts';
import { connectBrowser } from '../helpers/browser.ts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listFiles, publicFiles } from '../helpers/html.ts';
import { get } from '../helpers/http.ts';
import { startNginx } from '../helpers/nginx.ts';

const dist = inject('distDir');
const base = '/miasta-partnerskie/';
let server: Awaited<ReturnType<typeof startNginx>>;

/** The host's own site around the microsite: its home page, robots.txt, a stylesheet with a gzip copy. */
const hostFiles = {
  'index.html': '<!doctype html><title>Żywiec</title><p>The town’s own home page</p>\n',
  'robots.txt': 'User-agent: *\nAllow: /\n',
  'aktualnosci/index.html': '<!doctype html><title>Aktualności</title><p>News</p>\n',
  'style.css': 'body { color: black; }\n',
  'style.css.gz': gzipSync('body { color: black; }\n'),
};

beforeAll(async () => {
  server = await startNginx(dist, { hostFiles });
});
afterAll(() => server?.stop());

const url = (path: string) => `${server.origin}${path}`;
const pages = () =>
  publicFiles(dist)
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `${base}${f.replace(/index\.html$/, '')}`);

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, what).toContain("default-src 'none'");
  expect(csp, what).toContain("script-src 'self'");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).not.toContain('unsafe-inline');
  expect(csp, what).not.toContain("'unsafe-eval'");
  expect(headers['strict-transport-security'], what).toMatch(/max-age=\d{7,}/);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
}

describe('nginx with the production configuration', () => {
  it('serves every page with security headers and short caching', async () => {
    for (const path of pages()) {
      const res = await get(url(path));
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expectSecurityHeaders(res.headers, path);
      expect(res.headers['cache-control'], path).toBe('public, max-age=300, must-revalidate');
    }
  });

  it('caches hashed assets (styles, map outlines) for a year as immutable', async () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:href|src)="(\/miasta-partnerskie\/(?:_astro|map)\/[^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(assets.filter((a) => a.includes('/_astro/')).length).toBeGreaterThan(0);
    expect(assets.filter((a) => a.includes('/map/')).length).toBe(1);
    for (const asset of assets) {
      const res = await get(url(asset));
      expect(res.status, asset).toBe(200);
      expect(res.headers['cache-control'], asset).toBe('public, max-age=31536000, immutable');
      expectSecurityHeaders(res.headers, asset);
    }
  });

  it('sends the precompressed brotli and gzip files, identical to the page once decoded', async () => {
    const file = readFileSync(join(dist, 'miasta/cadca/index.html'));
    const br = await get(url(`${base}miasta/cadca/`), { 'Accept-Encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body).toEqual(readFileSync(join(dist, 'miasta/cadca/index.html.br')));
    expect(brotliDecompressSync(br.body)).toEqual(file);
    const gz = await get(url(`${base}miasta/cadca/`), { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body)).toEqual(file);
    expect(gz.body.length).toBeLessThan(file.length / 2);
    const plain = await get(url(`${base}miasta/cadca/`));
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(file);
  });

  it('answers a missing page with 404 and the error page in the right language', async () => {
    const pl = await get(url(`${base}miasta/nie-ma-takiego/`));
    expect(pl.status).toBe(404);
    expect(pl.body.toString()).toContain('<html lang="pl"');
    expectSecurityHeaders(pl.headers, 'pl 404');
    const en = await get(url(`${base}en/towns/no-such-town/`));
    expect(en.status).toBe(404);
    expect(en.body.toString()).toContain('<html lang="en"');
  });

  it('says Vary: Accept-Encoding on every response that has compressed copies, whatever the client accepts', async () => {
    const files = listFiles(dist);
    const compressed = files.filter((f) => files.includes(`${f}.br`) || files.includes(`${f}.gz`));
    expect(compressed.length).toBeGreaterThan(pages().length);
    for (const file of compressed) {
      const path = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
      for (const accept of ['br, gzip', 'gzip', '']) {
        const res = await get(url(path), accept ? { 'Accept-Encoding': accept } : {});
        expect(res.status, `${path} (${accept})`).toBe(200);
        expect(res.headers.vary ?? '', `${path} (${accept || 'no encoding'})`).toMatch(
          /(^|,\s*)Accept-Encoding(\s*,|$)/i,
        );
      }
    }
  });

  it('leaves the rest of the host alone: its home page and other files answer as they do without the site', async () => {
    const hostOnly = await startNginx(dist, { hostFiles, includeSite: false });
    try {
      const comparable = (r: Awaited<ReturnType<typeof get>>, origin: string) => {
        // The date and the files' own times differ between the two servers' copies of the host's files.
        const { date: _date, etag: _etag, 'last-modified': _modified, ...headers } = r.headers;
        // The host's own absolute redirects name the port of the server that answered.
        if (headers.location) headers.location = headers.location.replace(origin, '');
        return { status: r.status, headers, body: r.body.toString('latin1') };
      };
      for (const path of [
        '/',
        '/index.html',
        '/robots.txt',
        '/aktualnosci/',
        '/aktualnosci',
        '/style.css',
        '/nie-ma/',
      ]) {
        for (const accept of ['br, gzip', '']) {
          const headers = accept ? { 'Accept-Encoding': accept } : {};
          const alone = comparable(await get(`${hostOnly.origin}${path}`, headers), hostOnly.origin);
          const withSite = comparable(await get(url(path), headers), server.origin);
          expect(withSite, `${path} (${accept || 'no encoding'})`).toEqual(alone);
        }
      }
      // What it compares is the host's own page, not an error both would give.
      const home = await get(url('/'));
      expect(home.status).toBe(200);
      expect(home.body.toString()).toContain('The town’s own home page');
    } finally {
      await hostOnly.stop();
    }
  });

  it('redirects the site’s address and every page without its slash to the one with it, with the security headers', async () => {
    const bare = await get(url('/miasta-partnerskie'));
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/miasta-partnerskie/');
    expectSecurityHeaders(bare.headers, '/miasta-partnerskie');
    for (const path of pages().filter((p) => p !== base)) {
      const noSlash = await get(url(path.replace(/\/$/, '')));
      expect(noSlash.status, path).toBe(301);
      expect(noSlash.headers.location, path).toBe(path);
      expectSecurityHeaders(noSlash.headers, `${path} without its slash`);
    }
  });
});

describe('pages under the Content-Security-Policy in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserEndpoint'));
  });
  afterAll(() => browser?.close());

  async function violationsOn(path: string, after?: string) {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(url(path), { waitUntil: 'load' });
    if (after) {
      await page.evaluate(after);
      await page.waitForTimeout(200);
    }
    const found = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    await page.close();
    return found;
  }

  // Every page's own policy is checked in Chromium by every-page.test.ts, served by this same configuration.
  it('allows WebAssembly on the search pages alone', async () => {
    const searchPages = localeCodes.map((lang) => localizedPath({ route: 'search' }, lang, base));
    expect(pages()).toEqual(expect.arrayContaining(searchPages));
    for (const path of pages()) {
      const csp = (await get(url(path))).headers['content-security-policy'] ?? '';
      expect(csp.includes("'wasm-unsafe-eval'"), path).toBe(searchPages.includes(path));
    }
  });

  it('lets the search run its WebAssembly index, and finds a partner', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
    await page.goto(url(`${base}szukaj/`));
    const res = await get(url(`${base}szukaj/`));
    expect(res.headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    await page.getByRole('searchbox').fill('ochrona zdrowia');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#search-results a[href$="/miasta/riom/"]', { timeout: 15_000 });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('gives the CMS under /admin/ its own policy, naming only this origin and GitHub’s API', async () => {
    const res = await get(url(`${base}admin/`));
    expect(res.status).toBe(200);
    const csp = res.headers['content-security-policy'] ?? '';
    const connect = /connect-src ([^;]*)/.exec(csp)?.[1]?.split(' ');
    // Its own origin, the blob: URLs it makes of uploads, and exactly the hosts the CMS is configured with.
    expect(connect).toEqual(["'self'", 'blob:', ...cmsConnectHosts({})]);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-robots-tag']).toContain('noindex');
    expect((await get(url(`${base}admin/config.yml`))).headers['content-security-policy']).toBe(csp);
    // Only /admin/ has it: the public pages keep the strict policy.
    expect((await get(url(base))).headers['content-security-policy']).not.toContain('api.github.com');
  });

  it('loads the CMS under its policy with no violation before signing in', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`${m.text()} ${m.location().url}`));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(url(`${base}admin/`), { timeout: 120_000 });
    await page.getByRole('button', { name: /GitHub/ }).waitFor({ timeout: 60_000 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('would notice one: an image from another host is reported', async () => {
    const found = await violationsOn(
      base,
      `document.body.insertAdjacentHTML('beforeend', '<img src="http://127.0.0.2:9/x.png">')`,
    );
    expect(found.join()).toContain('img-src');
  });
});
