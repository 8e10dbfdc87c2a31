/**
 * Signing in to the CMS for real, in Chromium: the built /admin/ page with Decap's own bundle, served by
 * the real nginx with the repository's configuration, opens its GitHub login pop-up on the town's relay
 * (the real program, behind that nginx); the relay goes through a stand-in for GitHub's two OAuth
 * endpoints and hands the token back by Decap's handshake; Decap then calls GitHub's API with it, here a
 * stand-in at `api_root`. The CMS's settings are the build's own generator's (`cmsConfigYaml`,
 * `signInRelayConfig`) for this server's address instead of www.zywiec.pl.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cmsBackend, cmsConnectHosts, cmsMedia, signInRelayConfig } from '../../src/config/cms.ts';
import { cmsConfigYaml } from '../../src/features/cms/site-config.ts';
import { connectBrowser } from '../helpers/browser.ts';
import { startNginx } from '../helpers/nginx.ts';
import { freePort } from '../helpers/ports.ts';
import { startGitHubStandIn, startRelay, type GitHubStandIn, type Relay } from '../helpers/sign-in.ts';
import { homeTown } from '../../src/config/home-town.ts';

const dist = inject('distDir');
const base = '/miasta-partnerskie/';
let browser: Browser;
let github: GitHubStandIn;
let relay: Relay;
let nginx: Awaited<ReturnType<typeof startNginx>>;
let api: Server;
let apiOrigin: string;
/** Every request the API stand-in received, in order (preflights apart). */
const apiRequests: { method: string; path: string; headers: IncomingHttpHeaders }[] = [];
let site: string;

/** The built site with the CMS's two settings files left out, to be written for this server's address. */
function siteWithOwnSettings(): string {
  const dir = mkdtempSync(join(tmpdir(), 'partner-sign-in-site-'));
  for (const name of readdirSync(dist)) if (name !== 'admin') symlinkSync(join(dist, name), join(dir, name));
  mkdirSync(join(dir, 'admin'));
  for (const name of readdirSync(join(dist, 'admin'))) {
    if (!/^(config\.yml|sign-in\.json)/.test(name)) symlinkSync(join(dist, 'admin', name), join(dir, 'admin', name));
  }
  return dir;
}

beforeAll(async () => {
  browser = await connectBrowser(inject('browserEndpoint'));
  github = await startGitHubStandIn();
  // GitHub's API, as far as Decap's first steps after signing in go: who the user is, and the repository.
  api = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    apiRequests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers });
    res.setHeader('Content-Type', 'application/json');
    if (req.url === '/user') return void res.end(JSON.stringify({ login: 'redaktorka', name: 'Redaktorka', id: 1 }));
    res.writeHead(404).end(JSON.stringify({ message: 'Not Found' }));
  });
  const apiPort = await freePort();
  await new Promise<void>((resolve) => api.listen(apiPort, '127.0.0.1', resolve));
  apiOrigin = `http://127.0.0.1:${apiPort}`;
  relay = await startRelay({}, github.origin);
  site = siteWithOwnSettings();
  const env = { CMS_API_ROOT: apiOrigin };
  nginx = await startNginx(site, { relayPort: relay.port, cmsConnect: cmsConnectHosts(env) });
  const here = { ...env, SITE_URL: nginx.origin, BASE_PATH: base };
  writeFileSync(
    join(site, 'admin/config.yml'),
    cmsConfigYaml({
      town: homeTown,
      backend: cmsBackend(here),
      contentDir: 'content',
      ...cmsMedia(base, here),
      siteUrl: `${nginx.origin}${base}`,
    }),
  );
  const settings = signInRelayConfig(here);
  writeFileSync(join(site, 'admin/sign-in.json'), JSON.stringify(settings));
  relay.configure(settings);
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await relay?.stop();
  await github?.stop();
  await new Promise((resolve) => (api ? api.close(resolve) : resolve(undefined)));
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('signing in to the CMS through the town’s relay', () => {
  it('is what the build configures: the relay on the site’s own origin, the scope of a public repository', () => {
    const built = parseYaml(readFileSync(join(dist, 'admin/config.yml'), 'utf8')) as { backend: object };
    expect(built.backend).toEqual(cmsBackend({}));
    expect(built.backend).toMatchObject({
      base_url: 'https://www.zywiec.pl',
      auth_endpoint: 'miasta-partnerskie/cms-auth/auth',
      auth_scope: 'public_repo',
    });
    expect(JSON.parse(readFileSync(join(dist, 'admin/sign-in.json'), 'utf8'))).toEqual(signInRelayConfig({}));
  });

  it('completes Decap’s login pop-up, and Decap’s first call to the API carries the token GitHub issued', async () => {
    const context = await browser.newContext({ locale: 'pl-PL' });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on(
      'console',
      (m) => m.type() === 'error' && /Content Security Policy|CSP/.test(m.text()) && violations.push(m.text()),
    );
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(`${nginx.origin}${base}admin/`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const login = page.getByRole('button', { name: /GitHub/ });
    await login.waitFor({ timeout: 60_000 });
    const popupOpened = page.waitForEvent('popup');
    await login.click();
    const popup = await popupOpened;
    await popup.waitForEvent('close', { timeout: 30_000 });

    await expect.poll(() => apiRequests.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(github.tokens).toHaveLength(1);
    expect(apiRequests[0]!.headers.authorization).toBe(`token ${github.tokens[0]}`);
    expect(github.authorizations[0]!.get('scope')).toBe('public_repo');
    // Only the API stand-in's origin had to be allowed: the sign-in itself stayed on the site's origin.
    expect(violations.filter((v) => !v.includes('githubstatus'))).toEqual([]);
    await context.close();
  });

  it('refuses, in the pop-up, a sign-in opened by a page of another origin', async () => {
    const started = github.authorizations.length;
    const context = await browser.newContext({ locale: 'pl-PL' });
    const page = await context.newPage();
    // A page of another origin (the API stand-in's) opening the relay as Decap would.
    await page.goto(`${apiOrigin}/`);
    const popupOpened = page.waitForEvent('popup');
    await page.evaluate(
      (url) => void window.open(url, 'Netlify Authorization'),
      `${nginx.origin}${base}cms-auth/auth?provider=github&site_id=evil.example`,
    );
    const popup = await popupOpened;
    await popup.waitForLoadState();
    expect(await popup.locator('h1').textContent()).toBe('Logowanie nie powiodło się');
    expect(await popup.locator('section[lang="en"] p').first().textContent()).toContain('can only start from the form');
    expect(github.authorizations).toHaveLength(started);
    await context.close();
  });
});
