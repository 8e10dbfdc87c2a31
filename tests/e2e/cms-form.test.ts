/**
 * The form as a staff member meets it, in the real CMS (see `tests/helpers/cms-session.ts`): refusals with
 * the check's words, events kept in step, a draft reopened, the preview.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/blocks/date-format.ts';
import { parsePartialDate } from '../../src/blocks/dates.ts';
import { dictionaries } from '../../src/config/ui.ts';
import {
  choose,
  cmsBranches,
  copy,
  english,
  eventTexts,
  expectCheckPasses,
  git,
  mainRecord,
  openCms,
  openPartner,
  optionLabel,
  readRecord,
  refusal,
  showPreview,
  sideBySide,
  signIn,
  unexpected,
  ungrammatical,
  useCmsSession,
} from '../helpers/cms-session.ts';

useCmsSession();

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
