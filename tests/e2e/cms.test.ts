/**
 * The CMS under /admin/ for real: Decap CMS's own bundle from npm, served with the built site, in Chromium,
 * saving through Decap's local backend (`decap-server` from npm, in its Git mode) into a throwaway copy of
 * the project. Nothing of the CMS is mocked: the forms are the ones generated from the schemas.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parsePartialDate } from '../../src/lib/dates.ts';
import { connectBrowser } from '../helpers/browser.ts';
import { cmsConnectHosts } from '../../src/config/cms.ts';
import { buildSite, cleanEnv, root } from '../helpers/build-site.ts';
import { startNginx } from '../helpers/nginx.ts';
import { freePort } from '../helpers/ports.ts';
import { copyProject } from '../helpers/project-copy.ts';

/** Screenshots for the editors' guide are written into the repository only when asked for. */
const screenshotDir = process.env.CMS_SCREENSHOTS ? join(root, 'docs/cms') : undefined;

let browser: Browser;
let copy: ReturnType<typeof copyProject>;
let decap: ChildProcess;
let site: { home: string; stop: () => Promise<void> };
let apiOrigin: string;

const git = (...args: string[]) => execFileSync('git', args, { cwd: copy.dir, encoding: 'utf8' });

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`decap-server did not start at ${url}`);
}

beforeAll(async () => {
  browser = await connectBrowser(inject('browserEndpoint'));
  copy = copyProject('partner-site-cms-');
  writeFileSync(join(copy.dir, '.gitignore'), 'node_modules/\ndist/\n.astro/\n');
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '-A');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'Content');
  const port = await freePort();
  apiOrigin = `http://127.0.0.1:${port}`;
  decap = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: copy.dir,
    env: {
      ...cleanEnv({}, copy.dir),
      MODE: 'git',
      PORT: String(port),
      GIT_REPO_DIRECTORY: copy.dir,
      LOG_LEVEL: 'error',
    },
    stdio: 'ignore',
  });
  await waitForServer(`${apiOrigin}/api/v1`);
  const cmsEnv = { CMS_PROXY_URL: `${apiOrigin}/api/v1` };
  const dist = buildSite(join(copy.dir, 'dist'), cmsEnv, copy.dir);
  // Served as in production, by nginx with the repository's configuration; the CMS's policy names the
  // local backend where production names GitHub, as the deployment's settings say.
  const served = await startNginx(dist, { cmsConnect: cmsConnectHosts(cmsEnv) });
  site = { home: `${served.origin}/miasta-partnerskie/`, stop: served.stop };
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  decap?.kill();
  copy?.remove();
});

interface Opened {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  /** Requests to any host but the site's own, in order. */
  otherHosts: string[];
}

/** Opens the CMS, recording console errors and every request that leaves the site's origin. */
async function openCms(): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'pl-PL' });
  const own = new URL(site.home).origin;
  const otherHosts: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === own) return route.continue();
    otherHosts.push(url);
    // Only the local backend may be reached, and only once signed in (asserted by the tests).
    return new URL(url).origin === apiOrigin ? route.continue() : route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${m.text()} ${m.location().url}`));
  page.on('pageerror', (e) => consoleErrors.push(`uncaught: ${e.message}`));
  await page.goto(`${site.home}admin/`);
  return { page, context, consoleErrors, otherHosts };
}

/** The branches decap-server made for saved changes (one per entry, as pull requests on GitHub). */
const cmsBranches = () =>
  git('branch', '--list', 'cms/*', '--format=%(refname:short)').trim().split('\n').filter(Boolean);

/** Runs `npm run check`'s program on a branch of the copy. */
function expectCheckPasses(branch: string) {
  git('checkout', '-q', branch);
  const check = spawnSync(process.execPath, ['src/cli/check.ts'], {
    cwd: copy.dir,
    env: cleanEnv({}, copy.dir),
    encoding: 'utf8',
  });
  git('checkout', '-q', 'main');
  expect(check.status, `${branch}:\n${check.stdout}${check.stderr}`).toBe(0);
}

async function shoot(page: Page, name: string) {
  if (!screenshotDir) return;
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

describe('the CMS under /admin/', () => {
  it('loads from the site alone, in Polish, with no console error and no request to another host', async () => {
    const { page, context, consoleErrors, otherHosts } = await openCms();
    const signIn = page.getByRole('button', { name: 'Zaloguj się' });
    await signIn.waitFor({ timeout: 60_000 });
    await shoot(page, 'logowanie');
    expect(consoleErrors).toEqual([]);
    expect(otherHosts).toEqual([]);
    await context.close();
  });

  it('is kept out of search engines', async () => {
    const html = await (await fetch(`${site.home}admin/`)).text();
    expect(html).toMatch(/<meta name="robots" content="noindex/);
  });

  it("keeps a month-only date month-only when an event's date is edited through the form", async () => {
    const { page, context, consoleErrors } = await openCms();
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByRole('link', { name: 'Dystrykt Adur' }).first().waitFor({ timeout: 60_000 });
    await shoot(page, 'zbiory');
    await page.goto(`${site.home}admin/#/collections/partner-adur/entries/pl`);
    const date = page.locator('input[id^="date-field"]').first();
    await date.waitFor({ timeout: 60_000 });
    await shoot(page, 'edycja');
    expect(await date.inputValue()).toBe('1998-08');
    await date.fill('1998-09');
    await page.getByRole('button', { name: 'Zapisz' }).first().click();
    await page.getByText('Pozycja zapisana').first().waitFor({ timeout: 30_000 });
    await page.getByText('Wersja robocza').first().waitFor({ timeout: 30_000 });
    await shoot(page, 'zapisano');
    // The local backend has no preview deployments and answers Decap's question about one with a 404.
    expect(consoleErrors.filter((e) => !e.includes(`404 (Not Found) ${apiOrigin}/api/v1`))).toEqual([]);
    await context.close();

    const branches = cmsBranches();
    expect(branches).toHaveLength(1);
    const text = git('show', `${branches[0]}:content/partners/adur/index.pl.md`);
    const facts = parseYaml(text.split('---')[1]!) as { events: { id: string; date: unknown }[] };
    const dates = Object.fromEntries(facts.events.map((e) => [e.id, parsePartialDate(e.date)]));
    expect(dates.declaration).toMatchObject({ ok: true, date: { iso: '1998-09', precision: 'month' } });
    // The other event, a full day, is untouched.
    expect(dates['signed-zywiec']).toMatchObject({ ok: true, date: { iso: '2000-08-06', precision: 'day' } });

    // What the form wrote passes the content check, as the pull request would run it.
    expectCheckPasses(branches[0]!);
  });

  it('writes a text in Polish and a missing one in English through the form, both passing the check', async () => {
    const before = new Set(cmsBranches());
    const { page, context, consoleErrors } = await openCms();
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByRole('link', { name: 'Kurytyba' }).first().waitFor({ timeout: 60_000 });

    await page.goto(`${site.home}admin/#/collections/partner-curitiba/entries/pl`);
    const description = page.locator('textarea[id^="description-field"]').first();
    await description.waitFor({ timeout: 60_000 });
    await description.fill('Kurytyba w Brazylii współpracuje z Żywcem w dziedzinie kultury i ochrony środowiska.');
    await page.getByRole('button', { name: 'Zapisz' }).first().click();
    await page.getByText('Pozycja zapisana').first().waitFor({ timeout: 30_000 });

    // A fresh load of the page for the next entry, as an editor opening it from the list.
    await page.goto('about:blank');
    await page.goto(`${site.home}admin/#/collections/partner-curitiba/entries/en`);
    const name = page.locator('input[id^="name-field"]').first();
    await name.waitFor({ timeout: 60_000 });
    await name.fill('Curitiba');
    await page
      .locator('textarea[id^="description-field"]')
      .first()
      .fill('Curitiba in Brazil works with Żywiec on culture, on the environment and on exchanges of young people.');
    // The text of the page, typed into the rich-text editor as an editor would.
    await page.locator('[data-slate-editor="true"]').first().click();
    await page.keyboard.type('Curitiba and Żywiec signed their agreement in 2015.');
    await page.getByRole('button', { name: 'Zapisz' }).first().click();
    await page.getByText('Pozycja zapisana').first().waitFor({ timeout: 30_000 });
    expect(consoleErrors.filter((e) => !e.includes(`404 (Not Found) ${apiOrigin}/api/v1`))).toEqual([]);
    await context.close();

    const added = cmsBranches().filter((b) => !before.has(b));
    expect(added).toHaveLength(2);
    for (const branch of added) expectCheckPasses(branch);
    const en = added.find((b) => b.endsWith('/en'))!;
    const written = parseYaml(git('show', `${en}:content/partners/curitiba/index.en.md`).split('---')[1]!);
    expect(written).toMatchObject({ name: 'Curitiba' });
    expect(git('show', `${en}:content/partners/curitiba/index.en.md`)).toContain(
      'Curitiba and Żywiec signed their agreement in 2015.',
    );
  });
});
