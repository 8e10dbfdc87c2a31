/**
 * The CMS under /admin/ for real: Decap CMS's own bundle from npm, served with the built site, in Chromium,
 * saving through Decap's local backend (`decap-server` from npm, in its Git mode) into a throwaway copy of
 * the project. Nothing of the CMS is mocked: the forms are the ones generated from the schemas. Saving with
 * the editorial workflow makes a `cms/…` branch (on GitHub, a pull request); publishing from the editor
 * merges it into the checked-out branch, as a staff member's "Opublikuj" does.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatPartialDate } from '../../src/blocks/date-format.ts';
import { parsePartialDate } from '../../src/blocks/dates.ts';
import { dictionaries } from '../../src/config/ui.ts';
import { localizedPath } from '../../src/i18n/routes.ts';
import { connectBrowser } from '../helpers/browser.ts';
import { cmsConnectHosts } from '../../src/config/cms.ts';
import { decapFields, type DecapField } from '../../src/features/cms/config.ts';
import { buildSite, cleanEnv, root } from '../helpers/build-site.ts';
import { readPage } from '../helpers/html.ts';
import { startNginx } from '../helpers/nginx.ts';
import { freePort } from '../helpers/ports.ts';
import { copyProject } from '../helpers/project-copy.ts';
import { homeTown } from '../../src/config/home-town.ts';

/** Screenshots for the editors' guide are written into the repository only when asked for. */
const screenshotDir = process.env.CMS_SCREENSHOTS ? join(root, '.github/editors-guide') : undefined;

let browser: Browser;
let copy: ReturnType<typeof copyProject>;
let decap: ChildProcess;
let site: { home: string; stop: () => Promise<void> };
let apiOrigin: string;
/** Where the site served to the browser is built: apart from the copy, whose own build is tested below. */
let servedDir: string;

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
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    const onExpected = existsSync(headFile) && readFileSync(headFile, 'utf8').trim() === expected;
    const locked = existsSync(join(copy.dir, '.git/index.lock'));
    if (!onExpected || locked) quietSince = Date.now();
    else if (Date.now() - quietSince >= 300) return;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
  throw new Error(`the copy did not come back to ${expected} within a minute`);
}

/** Git in the copy, once decap-server has left it; a lock met all the same is waited for and tried again. */
const git = (...args: string[]): string => {
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
  // The CMS's scripts are large: each test waits for what it needs on the page, not for every byte.
  await page.goto(`${site.home}admin/`, { waitUntil: 'commit' });
  return { page, context, consoleErrors, otherHosts };
}

/** The branches decap-server made for saved changes (one per entry, as pull requests on GitHub). */
const cmsBranches = () =>
  git('branch', '--list', 'cms/*', '--format=%(refname:short)').trim().split('\n').filter(Boolean);

/** Runs `npm run check` in the copy, on a branch of it or on what its working tree holds. */
function expectCheckPasses(branch?: string) {
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

async function shoot(page: Page, name: string) {
  if (!screenshotDir) return;
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** Signs in through the local backend and opens the list of partners, as an editor starts. */
async function signIn(page: Page) {
  // The page loads Decap's bundle (5 MB) and its own script first: on a busy machine that takes a while.
  await page.getByRole('button', { name: 'Zaloguj się' }).click({ timeout: 120_000 });
  await page.getByRole('link', { name: 'Miasta partnerskie' }).first().click({ timeout: 60_000 });
}

/**
 * The two languages side by side: Polish on the left, English on the right (the editor's right pane shows
 * the other language, not the preview). Returns the two panes.
 */
async function sideBySide(page: Page): Promise<{ pl: Locator; en: Locator }> {
  const en = page.getByText('Pisz w języku EN');
  await page.getByText('Pisz w języku PL').waitFor({ timeout: 60_000 });
  if (!(await en.isVisible())) await page.getByTitle('Pokaż drugi język obok').click();
  await en.waitFor();
  return { pl: page.locator('.Pane1').first(), en: page.locator('.Pane2').first() };
}

/** The group of an event's texts in another language's pane, found by the Polish title it is labelled with. */
const eventTexts = (pane: Locator, polishTitle: string) =>
  pane.getByRole('group', { name: new RegExp(polishTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });

/** Picks an option of a choice field (Decap's select) by typing its label, as with the keyboard. */
async function choose(pane: Locator, field: Locator, label: string) {
  await field.click();
  await field.pressSequentially(label);
  await pane.page().keyboard.press('Enter');
}

/** The label the form gives a choice, from the generated configuration (the form shows nothing else). */
function optionLabel(path: string, value: string): string {
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
function readRecord(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no frontmatter in:\n${text}`);
  return { data: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/**
 * A page's visible text as typed: the site sets Polish one-letter words and numbers with non-breaking
 * spaces and English apostrophes curly (its typography), which an editor types as spaces and `'`.
 */
const asTyped = (text: string) => text.replace(/\s+/g, ' ').replace(/’/g, "'");

describe('the CMS under /admin/', () => {
  it('loads from the site alone, in Polish, with no console error and no request to another host', async () => {
    const { page, context, consoleErrors, otherHosts } = await openCms();
    const signInButton = page.getByRole('button', { name: 'Zaloguj się' });
    await signInButton.waitFor({ timeout: 60_000 });
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
    const before = new Set(cmsBranches());
    const { page, context, consoleErrors } = await openCms();
    await signIn(page);
    await page.getByRole('link', { name: 'Dystrykt Adur' }).first().waitFor({ timeout: 60_000 });
    await shoot(page, 'zbiory');
    await page.getByRole('link', { name: 'Dystrykt Adur' }).first().click();
    const { pl } = await sideBySide(page);
    const date = pl.locator('input[id^="date-field"]').first();
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

    const branches = cmsBranches().filter((b) => !before.has(b));
    expect(branches).toHaveLength(1);
    const facts = readRecord(git('show', `${branches[0]}:content/partners/adur/index.pl.md`)).data as {
      events: { id: string; date: unknown }[];
    };
    const dates = Object.fromEntries(facts.events.map((e) => [e.id, parsePartialDate(e.date)]));
    expect(dates.declaration).toMatchObject({ ok: true, date: { iso: '1998-09', precision: 'month' } });
    // The other event, a full day, is untouched.
    expect(dates['signed-zywiec']).toMatchObject({ ok: true, date: { iso: '2000-08-06', precision: 'day' } });
    // The English file, not edited, is written as it was (its texts under the events' ids), or not at all.
    const enBefore = readRecord(git('show', 'main:content/partners/adur/index.en.md')).data;
    expect(readRecord(git('show', `${branches[0]}:content/partners/adur/index.en.md`)).data).toEqual(enBefore);

    // What the form wrote passes the content check, as the pull request would run it.
    expectCheckPasses(branches[0]!);
  });

  it('writes a text in Polish and a missing one in English side by side, in one change passing the check', async () => {
    const before = new Set(cmsBranches());
    const { page, context, consoleErrors } = await openCms();
    await signIn(page);
    await page.getByRole('link', { name: 'Kurytyba' }).first().click({ timeout: 60_000 });
    const { pl, en } = await sideBySide(page);
    const description = pl.locator('textarea[id^="description-field"]').first();
    await description.waitFor({ timeout: 60_000 });
    await description.fill('Kurytyba w Brazylii współpracuje z Żywcem w dziedzinie kultury i ochrony środowiska.');
    await en.locator('input[id^="name-field"]').first().fill('Curitiba');
    await en
      .locator('textarea[id^="description-field"]')
      .first()
      .fill('Curitiba in Brazil works with Żywiec on culture, on the environment and on exchanges of young people.');
    // The text of the page, typed into the rich-text editor as an editor would.
    await en.locator('[data-slate-editor="true"]').first().click();
    await page.keyboard.type('Curitiba and Żywiec signed their agreement in 2015.');
    await page.getByRole('button', { name: 'Zapisz' }).first().click();
    await page.getByText('Pozycja zapisana').first().waitFor({ timeout: 30_000 });
    expect(consoleErrors.filter((e) => !e.includes(`404 (Not Found) ${apiOrigin}/api/v1`))).toEqual([]);
    await context.close();

    // One save, one change (one pull request on GitHub) holding both languages' files.
    const added = cmsBranches().filter((b) => !before.has(b));
    expect(added).toHaveLength(1);
    expectCheckPasses(added[0]!);
    const polish = readRecord(git('show', `${added[0]}:content/partners/curitiba/index.pl.md`));
    expect(polish.data.description).toBe(
      'Kurytyba w Brazylii współpracuje z Żywcem w dziedzinie kultury i ochrony środowiska.',
    );
    const english = readRecord(git('show', `${added[0]}:content/partners/curitiba/index.en.md`));
    expect(english.data).toMatchObject({ name: 'Curitiba' });
    expect(english.body).toContain('Curitiba and Żywiec signed their agreement in 2015.');
  });

  it('creates a new partner in Polish and English side by side, with its picture; published, it passes the check and builds into both pages', async () => {
    // What an editor types, and nothing else: every expectation below is derived from it.
    const typed = {
      pl: {
        name: 'Trenczyńskie Cieplice',
        description:
          'Trenczyńskie Cieplice na Słowacji są miastem partnerskim Żywca od 2024 roku; łączy je kultura i sport.',
        emblemAlt: 'Herb Trenczyńskich Cieplic',
        eventTitle: 'Podpisanie umowy partnerskiej',
        body: 'Miasta podpisały umowę partnerską w maju 2024 roku.',
      },
      en: {
        name: 'Trenčianske Teplice',
        description:
          "Trenčianske Teplice in Slovakia has been Żywiec's partner town since 2024, sharing culture and sport.",
        emblemAlt: 'Coat of arms of Trenčianske Teplice',
        eventTitle: 'Partnership agreement signed',
        body: 'The towns signed their partnership agreement in May 2024.',
      },
      ownName: 'Trenčianske Teplice',
      nameLang: 'sk',
      countryInPolish: 'Słowacja',
      country: 'SK',
      latitude: '48.9097',
      longitude: '18.1667',
      areas: ['culture', 'sport'],
      event: { id: 'signed-2024', kind: 'agreement-signed', date: '2024-05', place: 'home' },
      picture: 'herb.png',
    };
    // The folder is named after the Polish name: lower case, accents dropped, spaces as hyphens.
    const slug = typed.pl.name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    const picturePath = join(servedDir, typed.picture);
    await sharp({ create: { width: 120, height: 140, channels: 3, background: { r: 200, g: 30, b: 40 } } })
      .png()
      .toFile(picturePath);

    const { page, context, consoleErrors, otherHosts } = await openCms();
    // Publishing asks "are you sure?" in the browser's own dialog: the editor says yes.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Zaloguj się' }).waitFor({ timeout: 60_000 });
    expect(otherHosts).toEqual([]);
    await signIn(page);
    await page.getByRole('link', { name: 'Utwórz pozycję typu Miasto partnerskie' }).click();
    const { pl, en } = await sideBySide(page);

    // Polish: the texts and the facts, written once.
    const field = (pane: Locator, name: string, tag = 'input') => pane.locator(`${tag}[id^="${name}-field"]`).first();
    await field(pl, 'name').fill(typed.pl.name);
    await field(pl, 'emblemAlt').fill(typed.pl.emblemAlt);
    await field(pl, 'description', 'textarea').fill(typed.pl.description);
    await field(pl, 'ownName').fill(typed.ownName);
    await field(pl, 'nameLang').fill(typed.nameLang);
    // The country is chosen by its name in the editor's language: "Słowacja" is Slovakia, SK in the file.
    await choose(pl, field(pl, 'country'), typed.countryInPolish);
    await choose(pl, field(pl, 'scope'), optionLabel('scope', 'international'));
    await field(pl, 'latitude').fill(typed.latitude);
    await field(pl, 'longitude').fill(typed.longitude);
    for (const area of typed.areas) await choose(pl, field(pl, 'areas'), optionLabel('areas', area));
    // The picture, through the CMS's media library.
    await pl.getByRole('button', { name: 'Wybierz zdjęcie' }).click();
    await page.locator('input[type="file"]').setInputFiles(picturePath);
    await page.getByRole('button', { name: 'Wybierz zaznaczone' }).click();
    await pl.getByRole('button', { name: 'Zmień zdjęcie' }).waitFor();
    // One event.
    await pl.getByRole('button', { name: 'Dodaj wydarzenie' }).click();
    await field(pl, 'id').fill(typed.event.id);
    await choose(pl, field(pl, 'kind'), optionLabel('events.kind', typed.event.kind));
    await field(pl, 'date').fill(typed.event.date);
    await choose(pl, field(pl, 'place'), optionLabel('events.place', typed.event.place));
    await field(pl, 'title').fill(typed.pl.eventTitle);
    await pl.locator('[data-slate-editor="true"]').first().click();
    await page.keyboard.type(typed.pl.body);

    // English, in the pane beside it: the texts only, the event's under its id.
    await field(en, 'name').fill(typed.en.name);
    await field(en, 'emblemAlt').fill(typed.en.emblemAlt);
    await field(en, 'description', 'textarea').fill(typed.en.description);
    // The event is there already, labelled with its Polish title: only its text is typed.
    await eventTexts(en, typed.pl.eventTitle).getByLabel('Tytuł', { exact: true }).fill(typed.en.eventTitle);
    await en.locator('[data-slate-editor="true"]').first().click();
    await page.keyboard.type(typed.en.body);
    // For the guide: the top of both columns, then the event in both.
    await field(pl, 'name').scrollIntoViewIfNeeded();
    await shoot(page, 'nowe-miasto');
    await field(pl, 'date').scrollIntoViewIfNeeded();
    await shoot(page, 'nowe-miasto-wydarzenie');

    // Save (a draft: on GitHub a branch and a pull request), mark it ready, publish it.
    await page.getByRole('button', { name: 'Zapisz' }).first().click();
    await page.getByText('Pozycja zapisana').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /Stan: Wersja robocza/ }).click();
    await page.getByRole('menuitem', { name: 'Gotowe' }).click();
    await page.getByText('Zaktualizowano status pozycji').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Opublikuj', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Opublikuj teraz' }).click();
    await page.getByText('Pozycja opublikowana').first().waitFor({ timeout: 30_000 });
    // Signed in, the page talked to the local backend alone.
    expect(otherHosts.filter((url) => new URL(url).origin !== apiOrigin)).toEqual([]);
    expect(consoleErrors.filter((e) => !e.includes(`404 (Not Found) ${apiOrigin}/api/v1`))).toEqual([]);
    await context.close();

    // Published: the files are in the project's working tree, where the build reads them.
    const folder = join(copy.dir, 'content/partners', slug);
    expect(readdirSync(folder).sort()).toEqual(['index.en.md', 'index.pl.md', typed.picture].sort());
    expect(readFileSync(join(folder, typed.picture))).toEqual(readFileSync(picturePath));
    const polish = readRecord(readFileSync(join(folder, 'index.pl.md'), 'utf8'));
    expect(polish.data).toMatchObject({
      name: typed.pl.name,
      description: typed.pl.description,
      emblemAlt: typed.pl.emblemAlt,
      ownName: typed.ownName,
      nameLang: typed.nameLang,
      country: typed.country,
      scope: 'international',
      coordinates: { latitude: Number(typed.latitude), longitude: Number(typed.longitude) },
      areas: typed.areas,
      emblem: typed.picture,
      events: [{ ...typed.event, title: typed.pl.eventTitle }],
    });
    // The month stays a month: written as typed, read by the site at month precision.
    const [event] = polish.data.events as { date: unknown }[];
    expect(event!.date).toBe(typed.event.date);
    expect(parsePartialDate(event!.date)).toMatchObject({ ok: true, date: { precision: 'month' } });
    expect(polish.body.trim()).toBe(typed.pl.body);
    const english = readRecord(readFileSync(join(folder, 'index.en.md'), 'utf8'));
    // The English file holds the texts alone: no fact is written twice.
    expect(english.data).toEqual({
      name: typed.en.name,
      description: typed.en.description,
      emblemAlt: typed.en.emblemAlt,
      events: [{ id: typed.event.id, title: typed.en.eventTitle }],
    });
    expect(english.body.trim()).toBe(typed.en.body);

    expectCheckPasses();
    const build = spawnSync('npm', ['run', 'build'], { cwd: copy.dir, env: cleanEnv({}, copy.dir), encoding: 'utf8' });
    expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
    const dist = join(copy.dir, 'dist');
    for (const lang of ['pl', 'en'] as const) {
      const path = localizedPath({ route: 'partner', params: { slug } }, lang);
      const html = readPage(dist, path);
      const text = asTyped(html.querySelector('main')!.textContent);
      expect(html.querySelector('html')!.getAttribute('lang')).toBe(lang);
      expect(asTyped(html.querySelector('h1')!.textContent)).toContain(typed[lang].name);
      for (const t of [typed[lang].body, typed[lang].eventTitle]) expect(text).toContain(t);
      expect(asTyped(html.querySelector('meta[name="description"]')!.getAttribute('content')!)).toBe(
        typed[lang].description,
      );
      const img = html.querySelector(`main img[alt="${typed[lang].emblemAlt}"]`);
      expect(img, `${lang}: the emblem with its description`).not.toBeNull();
      expect(existsSync(join(dist, img!.getAttribute('src')!.replace(/^\/miasta-partnerskie\//, '')))).toBe(true);
    }
  });
});

/** A fixture partner's Polish file, as on the copy's main branch. */
const mainRecord = (slug: string, lang = 'pl') =>
  readRecord(git('show', `main:content/partners/${slug}/index.${lang}.md`)) as {
    data: Record<string, unknown> & { events: { id: string; title?: string; date: unknown }[] };
    body: string;
  };

/** Opens a partner by its Polish name, signed in. */
async function openPartner(name: string): Promise<Opened> {
  const opened = await openCms();
  await signIn(opened.page);
  await opened.page.getByRole('link', { name }).first().click({ timeout: 60_000 });
  await opened.page.getByText('Pisz w języku PL').waitFor({ timeout: 60_000 });
  return opened;
}

/** The right pane shows the page's preview instead of the other language. */
async function showPreview(page: Page) {
  await page.getByText('Pisz w języku PL').waitFor({ timeout: 60_000 });
  if (await page.getByText('Pisz w języku EN').isVisible()) await page.getByTitle('Pokaż drugi język obok').click();
  if ((await page.locator('iframe').count()) === 0) await page.getByTitle('Pokaż podgląd strony').click();
  await page.locator('iframe').first().waitFor({ timeout: 60_000 });
}

/** The refusal the admin page shows over the form, with the check's words. */
const refusal = (page: Page) => page.getByRole('alertdialog', { name: 'Sprawdzenie treści' });

/** Unexpected console errors: the local backend answers Decap's question about a preview with a 404. */
const unexpected = (errors: string[]) => errors.filter((e) => !e.includes(`404 (Not Found) ${apiOrigin}/api/v1`));

/** Words of Decap's English interface that must not reach a Polish screen. */
const english =
  /Fill in from another locale|Unpublished Entries|Toggle|Add Note|Notes|Expand|Collapse|\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/**
 * Polish that Decap gets wrong: a field's name as the subject of "jest wymagane" whatever its gender (the
 * message is shown in capitals, "KRÓTKI OPIS JEST WYMAGANE."), a count in the wrong plural.
 */
const ungrammatical = /[^”] jest wymagane\.|\b0 wydarzenia\b/i;

describe('the form as a staff member meets it', () => {
  it('says on the sign-in page whose site it edits, and lists the partners by their names', async () => {
    const { page, context, consoleErrors } = await openCms();
    await page.getByRole('button', { name: 'Zaloguj się' }).waitFor({ timeout: 120_000 });
    await expect.poll(() => page.locator('body').innerText()).toMatch(/Miasta partnerskie \S+ — edycja treści strony/);
    await signIn(page);
    const names = readdirSync(join(copy.dir, 'content/partners')).map((slug) => String(mainRecord(slug).data.name));
    const links = page.locator('a[href*="/collections/partners/entries/"]');
    await links.first().waitFor({ timeout: 60_000 });
    const shown = (await links.allInnerTexts()).map((t) => names.find((n) => t.includes(n)));
    expect(shown).toEqual([...names].sort((a, b) => a.localeCompare(b, 'pl')));
    // The whole site's library would show one folder, none of the partners' pictures: pictures are chosen
    // in each partner's form, from the partner's own folder.
    await page.locator('header').first().waitFor();
    expect(await page.locator('header').getByRole('button', { name: 'Multimedia' }).isVisible()).toBe(false);
    expect(await page.locator('#cms-whose').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toMatch(english);
    expect(unexpected(consoleErrors)).toEqual([]);
    await context.close();
  });

  it('refuses, before saving, coordinates in another country than the one chosen, with the check’s message', async () => {
    const before = new Set(cmsBranches());
    const { page, context } = await openPartner('Gödöllő');
    const { pl } = await sideBySide(page);
    await choose(pl, pl.locator('input[id^="country-field"]').first(), 'Czechy');
    await page.getByRole('button', { name: 'Zapisz' }).first().click();
    await refusal(page).waitFor({ timeout: 60_000 });
    expect(await refusal(page).innerText()).toContain('Te współrzędne wskazują miejsce w kraju Węgry');
    expect(await refusal(page).innerText()).toContain('These coordinates point in Hungary');
    expect(cmsBranches().filter((b) => !before.has(b))).toEqual([]);
    await context.close();
  });

  it('refuses a partner without events, in correct Polish, and saves nothing', async () => {
    const before = new Set(cmsBranches());
    const { page, context } = await openPartner('Gödöllő');
    const { pl } = await sideBySide(page);
    const count = mainRecord('godollo').data.events.length;
    for (let i = 0; i < count; i++) await pl.getByRole('button', { name: 'Usuń z listy' }).first().click();
    await expect.poll(() => pl.innerText()).toMatch(/0 wydarzeń/);
    await page.getByRole('button', { name: 'Zapisz' }).first().click();
    await pl
      .getByText(/„Wydarzenia” (musi mieć co najmniej 1 poz\.|jest wymagane\.)/i)
      .or(refusal(page))
      .first()
      .waitFor({ timeout: 60_000 });
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(ungrammatical);
    expect(text).not.toMatch(english);
    expect(cmsBranches().filter((b) => !before.has(b))).toEqual([]);
    await context.close();
  });

  it('keeps the events of both languages in step: one deleted in Polish alone is refused until the other language follows; one added gets its text', async () => {
    const before = new Set(cmsBranches());
    const { page, context, consoleErrors } = await openPartner('Czadca');
    const main = mainRecord('cadca');
    const [gone, ...kept] = main.data.events;
    // The English pane hidden (the preview instead): the event is deleted in Polish alone.
    await showPreview(page);
    const pl = page.locator('.Pane1').first();
    await pl.getByRole('button', { name: 'Usuń z listy' }).first().click();
    await page.getByRole('button', { name: 'Zapisz' }).first().click();
    await refusal(page).waitFor({ timeout: 60_000 });
    expect(await refusal(page).innerText()).toContain(`nie ma wydarzenia o id „${gone!.id}”`);
    expect(await refusal(page).innerText()).toContain('Pokaż drugi język obok');
    expect(cmsBranches().filter((b) => !before.has(b))).toEqual([]);
    await refusal(page).getByRole('button', { name: 'Zamknij' }).click();

    // Shown, the English pane follows the Polish list: the texts of the deleted event go.
    const { en } = await sideBySide(page);
    for (const event of kept) await eventTexts(en, String(event.title)).waitFor();
    await expect.poll(() => en.getByRole('group').count()).toBe(kept.length);
    // A new event, added once, in Polish; its English text typed in the group that appears for it.
    await pl.getByRole('button', { name: 'Dodaj wydarzenie' }).click();
    const field = (name: string) => pl.locator(`input[id^="${name}-field"]`).last();
    await field('id').fill('visit-2027');
    await choose(pl, field('kind'), optionLabel('events.kind', 'visit'));
    await field('date').fill('2027-06');
    await field('title').fill('Wizyta delegacji z Czadcy');
    await eventTexts(en, 'Wizyta delegacji z Czadcy')
      .getByLabel('Tytuł', { exact: true })
      .fill('Visit of a delegation from Čadca');
    await page.getByRole('button', { name: 'Zapisz' }).first().click();
    await page.getByText('Pozycja zapisana').first().waitFor({ timeout: 30_000 });
    expect(unexpected(consoleErrors)).toEqual([]);
    await context.close();

    const [branch] = cmsBranches().filter((b) => !before.has(b));
    const ids = (lang: string) =>
      (
        readRecord(git('show', `${branch}:content/partners/cadca/index.${lang}.md`)).data.events as { id: string }[]
      ).map((e) => e.id);
    expect(ids('pl')).toEqual([...kept.map((e) => e.id), 'visit-2027']);
    expect(ids('en')).toEqual(ids('pl'));
    expectCheckPasses(branch!);
  });

  it('reopens a draft that changed the Polish file alone, and saves it again', async () => {
    const slug = 'liptovsky-mikulas';
    const english = `content/partners/${slug}/index.en.md`;
    const saveDescription = async (text: string) => {
      const opened = await openPartner('Liptowski Mikułasz');
      const { pl, en } = await sideBySide(opened.page);
      await pl.locator('textarea[id^="description-field"]').first().fill(text);
      await opened.page.getByRole('button', { name: 'Zapisz' }).first().click();
      await opened.page.getByText('Pozycja zapisana').first().waitFor({ timeout: 60_000 });
      return { ...opened, en };
    };
    // Decap writes every language's file in its own YAML style: once main holds the English file as Decap
    // writes it (as after any earlier publication from the form), a change of the Polish text alone
    // leaves the English file out of the draft.
    const before = new Set(cmsBranches());
    const first = await saveDescription(
      'Liptowski Mikułasz na Słowacji jest partnerem Żywca; łączy je turystyka i kultura.',
    );
    await first.context.close();
    const [earlier] = cmsBranches().filter((b) => !before.has(b));
    writeFileSync(join(copy.dir, english), git('show', `${earlier}:${english}`));
    // Empty when an earlier publication in this run already left it so.
    git(
      '-c',
      'user.name=Test',
      '-c',
      'user.email=test@example.org',
      'commit',
      '--allow-empty',
      '-qam',
      'English as Decap writes it',
    );
    git('branch', '-D', earlier!);

    const second = await saveDescription(
      'Liptowski Mikułasz na Słowacji jest partnerem Żywca; łączy je turystyka, kultura i sport.',
    );
    await second.context.close();
    const [branch] = cmsBranches().filter((b) => !before.has(b));
    expect(git('diff', '--name-only', 'main', branch!).trim()).toBe(`content/partners/${slug}/index.pl.md`);

    // Reopened, the draft shows its English text, and saves again.
    const englishOnMain = git('show', `main:${english}`);
    const again = await saveDescription(
      'Liptowski Mikułasz na Słowacji jest partnerem Żywca od lat; łączy je turystyka i kultura.',
    );
    expect(await again.en.locator('input[id^="name-field"]').first().inputValue()).toBe(
      String(readRecord(englishOnMain).data.name),
    );
    expect(again.consoleErrors.filter((e) => /Cannot read properties|422/.test(e))).toEqual([]);
    await again.context.close();
    expect(git('show', `${branch}:${english}`)).toBe(englishOnMain);
    const polish = readRecord(git('show', `${branch}:content/partners/${slug}/index.pl.md`));
    expect(String(polish.data.description)).toContain('od lat');
    expectCheckPasses(branch!);
  });

  it('previews the page as residents will see it: its heading, the dates in words and the areas by name', async () => {
    const { page, context } = await openPartner('Riom');
    const main = mainRecord('riom');
    await showPreview(page);
    const preview = page.frameLocator('iframe').first();
    await preview.locator('main[lang="pl"] h1').waitFor({ timeout: 60_000 });
    expect(await preview.locator('main[lang="pl"] h1').innerText()).toBe(String(main.data.name));
    expect(await preview.locator('main[lang="en"] h1').innerText()).toBe(String(mainRecord('riom', 'en').data.name));
    // The page sets Polish one-letter words and numbers with non-breaking spaces.
    const text = (await preview.locator('main[lang="pl"]').innerText()).replace(/\u00a0/g, ' ');
    for (const event of main.data.events) {
      const date = parsePartialDate(event.date);
      if (date.ok) expect(text).toContain(formatPartialDate(date.date, 'pl').replace(/\u00a0/g, ' '));
    }
    for (const area of main.data.areas as (keyof typeof dictionaries.pl.areaLabels)[])
      expect(text).toContain(dictionaries.pl.areaLabels[area]);
    expect(text).not.toMatch(/\b(international|agreement-signed|culture|home)\b/);
    await context.close();
  });
});
