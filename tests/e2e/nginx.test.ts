import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { cmsConnectHosts } from '../../src/config/cms';
import { connectBrowser } from '../helpers/browser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publicFiles } from '../helpers/html';
import { get } from '../helpers/http';
import { startNginx } from '../helpers/nginx';

const dist = inject('distDir');
const base = '/miasta-partnerskie/';
let server: Awaited<ReturnType<typeof startNginx>>;

beforeAll(async () => {
  server = await startNginx(dist);
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

  it('leads the root address to the Polish home, and a path without its slash to the one with it', async () => {
    const root = await get(url('/'));
    expect(root.status).toBe(301);
    expect(root.headers.location).toBe('/miasta-partnerskie/');
    const bare = await get(url('/miasta-partnerskie'));
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/miasta-partnerskie/');
    const noSlash = await get(url(`${base}miasta/riom`));
    expect(noSlash.status).toBe(301);
    expect(noSlash.headers.location).toBe(`${base}miasta/riom/`);
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

  // Every page, one after another, while the other browser tests share the two cores: minutes, not seconds.
  it('loads every page with no CSP violation', { timeout: 600_000 }, async () => {
    for (const path of pages()) expect(await violationsOn(path), path).toEqual([]);
    // Only the search pages allow WebAssembly.
    expect((await get(url(base))).headers['content-security-policy']).not.toContain('wasm');
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

  it('gives the CMS under /admin/ its own policy, naming only this origin, GitHub and the sign-in service', async () => {
    const res = await get(url(`${base}admin/`));
    expect(res.status).toBe(200);
    const csp = res.headers['content-security-policy'] ?? '';
    const connect = /connect-src ([^;]*)/.exec(csp)?.[1]?.split(' ');
    expect(connect).toEqual(["'self'", ...cmsConnectHosts({})]);
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
    await page.goto(url(`${base}admin/`));
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
