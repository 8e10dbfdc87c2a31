/**
 * A session with the CMS under /admin/ for real, shared by the CMS's browser tests: Decap CMS's own bundle
 * from npm, served with the built site by nginx, in Chromium, saving through Decap's local backend
 * (`decap-server` from npm, in its Git mode) into a throwaway copy of the project. Nothing of the CMS is
 * mocked: the forms are the ones generated from the schemas. Saving with the editorial workflow makes a
 * `cms/…` branch (on GitHub, a pull request); publishing from the editor merges it into the checked-out
 * branch, as a staff member's "Opublikuj" does. Each test file calling `useCmsSession()` gets a copy, a
 * decap-server and a served site of its own, so the files run side by side.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { connectBrowser } from './browser.ts';
import { cmsConnectHosts } from '../../src/config/cms.ts';
import { decapFields, type DecapField } from '../../src/features/cms/config.ts';
import { buildSite, cleanEnv, root } from './build-site.ts';
import { startNginx } from './nginx.ts';
import { freePort } from './ports.ts';
import { copyProject } from './project-copy.ts';
import { homeTown } from '../../src/config/home-town.ts';

/** Screenshots for the editors' guide are written into the repository only when asked for. */
const screenshotDir = process.env.CMS_SCREENSHOTS ? join(root, '.github/editors-guide') : undefined;

export let browser: Browser;
export let copy: ReturnType<typeof copyProject>;
let decap: ChildProcess;
export let site: { home: string; stop: () => Promise<void> };
export let apiOrigin: string;
/** Where the site served to the browser is built: apart from the copy, whose own build is tested below. */
export let servedDir: string;

/** The branch the test itself has checked out in the copy; otherwise the copy should be on main. */
let ownCheckout: string | undefined;

/**
 * decap-server checks a branch out in the copy while it serves a request, and a request from a page just
 * closed may still be running: a command of the test waits until the copy has stayed on the branch it
 * expects for a moment, as a person at the terminal would wait for the other program to finish.
 */
function waitForQuietCopy() {
  const expected = `ref: refs/heads/${ownCheckout ?? 'main'}`;
  const headFile = join(copy.dir, '.git/HEAD');
  let quietSince = Date.now();
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    const onExpected = existsSync(headFile) && readFileSync(headFile, 'utf8').trim() === expected;
    const locked = existsSync(join(copy.dir, '.git/index.lock'));
    if (!onExpected || locked) quietSince = Date.now();
    else if (Date.now() - quietSince >= 300) return;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
  throw new Error(`the copy did not come back to ${expected} within a minute`);
}

/** Git in the copy, once decap-server has left it; a lock met all the same is waited for and tried again. */
export const git = (...args: string[]): string => {
  if (existsSync(join(copy.dir, '.git'))) waitForQuietCopy();
  for (let attempt = 1; ; attempt++) {
    try {
      return execFileSync('git', args, { cwd: copy.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      if (attempt >= 20 || !String((error as { stderr?: unknown }).stderr).includes('index.lock')) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
};

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

export function useCmsSession() {
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
    servedDir = mkdtempSync(join(tmpdir(), 'partner-site-cms-served-'));
    const dist = buildSite(join(servedDir, 'dist'), cmsEnv, copy.dir);
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
    if (servedDir) rmSync(servedDir, { recursive: true, force: true });
  });
}

interface Opened {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  /** Requests to any host but the site's own, in order. */
  otherHosts: string[];
}

/** Opens the CMS, recording console errors and every request that leaves the site's origin. */
export async function openCms(): Promise<Opened> {
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
  // The CMS's scripts are large: each test waits for what it needs on the page, not for every byte.
  await page.goto(`${site.home}admin/`, { waitUntil: 'commit' });
  return { page, context, consoleErrors, otherHosts };
}

/** The branches decap-server made for saved changes (one per entry, as pull requests on GitHub). */
export const cmsBranches = () =>
  git('branch', '--list', 'cms/*', '--format=%(refname:short)').trim().split('\n').filter(Boolean);

/** Runs `npm run check` in the copy, on a branch of it or on what its working tree holds. */
export function expectCheckPasses(branch?: string) {
  if (branch) {
    git('checkout', '-q', branch);
    ownCheckout = branch;
  }
  const check = spawnSync('npm', ['run', 'check'], { cwd: copy.dir, env: cleanEnv({}, copy.dir), encoding: 'utf8' });
  if (branch) {
    git('checkout', '-q', 'main');
    ownCheckout = undefined;
  }
  expect(check.status, `${branch ?? 'main'}:\n${check.stdout}${check.stderr}`).toBe(0);
}

export async function shoot(page: Page, name: string) {
  if (!screenshotDir) return;
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** Signs in through the local backend and opens the list of partners, as an editor starts. */
export async function signIn(page: Page) {
  // The page loads Decap's bundle (5 MB) and its own script first: on a busy machine that takes a while.
  await page.getByRole('button', { name: 'Zaloguj się' }).click({ timeout: 120_000 });
  await page.getByRole('link', { name: 'Miasta partnerskie' }).first().click({ timeout: 60_000 });
}

/**
 * The two languages side by side: Polish on the left, English on the right (the editor's right pane shows
 * the other language, not the preview). Returns the two panes.
 */
export async function sideBySide(page: Page): Promise<{ pl: Locator; en: Locator }> {
  const en = page.getByText('Pisz w języku EN');
  await page.getByText('Pisz w języku PL').waitFor({ timeout: 60_000 });
  if (!(await en.isVisible())) await page.getByTitle('Pokaż drugi język obok').click();
  await en.waitFor();
  return { pl: page.locator('.Pane1').first(), en: page.locator('.Pane2').first() };
}

/** The group of an event's texts in another language's pane, found by the Polish title it is labelled with. */
export const eventTexts = (pane: Locator, polishTitle: string) =>
  pane.getByRole('group', { name: new RegExp(polishTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });

/** Picks an option of a choice field (Decap's select) by typing its label, as with the keyboard. */
export async function choose(pane: Locator, field: Locator, label: string) {
  await field.click();
  await field.pressSequentially(label);
  await pane.page().keyboard.press('Enter');
}

/** The label the form gives a choice, from the generated configuration (the form shows nothing else). */
export function optionLabel(path: string, value: string): string {
  let fields = decapFields('partner', homeTown);
  let field: DecapField | undefined;
  for (const name of path.split('.')) {
    field = fields.find((f) => f.name === name);
    fields = (field?.fields ?? []) as DecapField[];
  }
  const option = (field?.options as { value: string; label: string }[] | undefined)?.find((o) => o.value === value);
  if (!option) throw new Error(`no option ${value} in ${path}`);
  return option.label;
}

/** Frontmatter and body of a Markdown file. */
export function readRecord(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no frontmatter in:\n${text}`);
  return { data: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/**
 * A page's visible text as typed: the site sets Polish one-letter words and numbers with non-breaking
 * spaces and English apostrophes curly (its typography), which an editor types as spaces and `'`.
 */
export const asTyped = (text: string) => text.replace(/\s+/g, ' ').replace(/’/g, "'");

/** A fixture partner's Polish file, as on the copy's main branch. */
export const mainRecord = (slug: string, lang = 'pl') =>
  readRecord(git('show', `main:content/partners/${slug}/index.${lang}.md`)) as {
    data: Record<string, unknown> & { events: { id: string; title?: string; date: unknown }[] };
    body: string;
  };

/** Opens a partner by its Polish name, signed in. */
export async function openPartner(name: string): Promise<Opened> {
  const opened = await openCms();
  await signIn(opened.page);
  await opened.page.getByRole('link', { name }).first().click({ timeout: 60_000 });
  await opened.page.getByText('Pisz w języku PL').waitFor({ timeout: 60_000 });
  return opened;
}

/** The right pane shows the page's preview instead of the other language. */
export async function showPreview(page: Page) {
  await page.getByText('Pisz w języku PL').waitFor({ timeout: 60_000 });
  if (await page.getByText('Pisz w języku EN').isVisible()) await page.getByTitle('Pokaż drugi język obok').click();
  if ((await page.locator('iframe').count()) === 0) await page.getByTitle('Pokaż podgląd strony').click();
  await page.locator('iframe').first().waitFor({ timeout: 60_000 });
}

/** The refusal the admin page shows over the form, with the check's words. */
export const refusal = (page: Page) => page.getByRole('alertdialog', { name: 'Sprawdzenie treści' });

/** Unexpected console errors: the local backend answers Decap's question about a preview with a 404. */
export const unexpected = (errors: string[]) =>
  errors.filter((e) => !e.includes(`404 (Not Found) ${apiOrigin}/api/v1`));

/** Words of Decap's English interface that must not reach a Polish screen. */
export const english =
  /Fill in from another locale|Unpublished Entries|Toggle|Add Note|Notes|Expand|Collapse|\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/**
 * Polish that Decap gets wrong: a field's name as the subject of "jest wymagane" whatever its gender (the
 * message is shown in capitals, "KRÓTKI OPIS JEST WYMAGANE."), a count in the wrong plural.
 */
export const ungrammatical = /[^”] jest wymagane\.|\b0 wydarzenia\b/i;
