/**
 * The CMS under /admin/ for real (see `tests/helpers/cms-session.ts`): loading, saving facts and texts in
 * both languages, and a new partner published and built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/blocks/dates.ts';
import { localizedPath } from '../../src/i18n/routes.ts';
import { cleanEnv } from '../helpers/build-site.ts';
import { readPage } from '../helpers/html.ts';
import {
  apiOrigin,
  asTyped,
  choose,
  cmsBranches,
  copy,
  eventTexts,
  expectCheckPasses,
  git,
  openCms,
  optionLabel,
  readRecord,
  servedDir,
  shoot,
  sideBySide,
  signIn,
  site,
  useCmsSession,
} from '../helpers/cms-session.ts';

useCmsSession();

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
