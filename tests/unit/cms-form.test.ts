/**
 * The admin page's own parts, without a browser: the check as the form runs it, the hints the form shows,
 * the Polish phrases laid over Decap's, and the preview built from the form's values. The same parts run
 * in Chromium in tests/e2e/cms.test.ts and cms-form.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCmsSettings } from '../helpers/cms-settings.ts';
import { parse } from 'yaml';
import { localeCodes } from '../../src/blocks/locales.ts';
import { formMessage, formProblems, type FormEntry } from '../../src/features/cms/form-check.ts';
import { mergePhrases, polishPhrases, type Phrases } from '../../src/features/cms/locale-pl.ts';
import { previewHtml } from '../../src/features/cms/preview.ts';
import { cmsConfig } from '../../src/features/cms/site-config.ts';
import { countryName } from '../../src/blocks/country-names.ts';
import { formatPartialDate } from '../../src/blocks/date-format.ts';
import { parsePartialDate } from '../../src/blocks/dates.ts';
import { dictionaries } from '../../src/config/ui.ts';
import { fixtureContent, root } from '../helpers/build-site.ts';
import { homeTown } from '../../src/config/home-town.ts';

/** A fixture partner as the form holds it: the fields of each language's file, the story as `body`. */
function fixtureEntry(slug: string): FormEntry {
  const read = (lang: string) => {
    const text = readFileSync(join(root, fixtureContent, 'partners', slug, `index.${lang}.md`), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
    return { ...(parse(match[1]!) as Record<string, unknown>), body: match[2]! };
  };
  const texts: FormEntry['texts'] = {};
  for (const lang of localeCodes.slice(1)) texts[lang] = read(lang);
  return { slug, data: read('pl'), texts };
}

const withEvents = (entry: FormEntry, events: unknown[]): FormEntry => ({ ...entry, data: { ...entry.data, events } });

describe('the check as the form runs it', () => {
  const adur = fixtureEntry('adur');

  it('passes a partner the check passes', async () => {
    expect(await formProblems(adur, homeTown)).toEqual([]);
  });

  it('refuses coordinates in another country than the one chosen, with the check’s words', async () => {
    const problems = await formProblems({ ...adur, data: { ...adur.data, country: 'CZ' } }, homeTown);
    expect(problems.map((p) => p.code)).toEqual(['coordinates-not-in-country']);
    expect(formMessage(problems)).toContain(problems[0]!.pl);
    expect(formMessage(problems)).toContain(problems[0]!.en);
  });

  it('refuses a partner without events', async () => {
    const problems = await formProblems(withEvents(adur, []), homeTown);
    expect(problems.map((p) => [p.code, p.field])).toContainEqual(['invalid-value', 'events']);
  });

  it('refuses an event deleted in Polish only, and says what to do in the form', async () => {
    const events = adur.data.events as { id: string }[];
    const problems = await formProblems(withEvents(adur, events.slice(1)), homeTown);
    expect(problems.map((p) => [p.code, p.value])).toEqual([['unknown-event', events[0]!.id]]);
    expect(formMessage(problems)).toMatch(/kolumna EN/);
    expect(formMessage(problems)).toMatch(/Pokaż drugi język obok/);
  });

  it('accepts a language left blank (a Polish-only partner)', async () => {
    expect(await formProblems({ ...adur, texts: { en: undefined } }, homeTown)).toEqual([]);
    expect(await formProblems({ ...adur, texts: { en: { name: '', body: '' } } }, homeTown)).toEqual([]);
  });
});

/** Every hint and description the generated configuration shows, with where it is. */
function hints(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => hints(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    (key === 'hint' || key === 'description') && typeof v === 'string'
      ? [[`${path}.${key}`, v] as [string, string]]
      : hints(v, `${path}.${key}`),
  );
}

describe('the form’s words', () => {
  const config = cmsConfig(testCmsSettings);
  const all = hints(config);

  it('has hints', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it.each([
    ['a file name', /\.md\b|index\.|\bplik\w* \w+\.\w{2,4}\b/i],
    ['YAML syntax', /YAML|„- |"- |- id:|\bw cudzysłowie\b|„##”|\b[a-z]+[A-Z]\w*\b/],
    [
      'a field as written in the file',
      /\b(?:kind|place|venue|emblem|title|latitude|longitude|website|ownName|nameLang|elsewhere|home|partner):/,
    ],
    ['an ISO code', /\bISO\b|3166|kod kraju|wielkimi literami/i],
  ])('never mention %s', (_what, pattern) => {
    expect(all.filter(([, text]) => pattern.test(text))).toEqual([]);
  });

  it('offers countries and choices by their Polish names alone', () => {
    // A code (DE) or a key (culture) in brackets after the words; "Mjanma (Birma)" is a name.
    const options = JSON.stringify(config).match(/"label":"[^"]*\((?:[A-Z]{2}|[a-z]+(?:-[a-z]+)*)\)"/g) ?? [];
    expect(options).toEqual([]);
  });
});

describe('Decap’s Polish, corrected', () => {
  const flat = (p: Phrases, prefix = ''): [string, string][] =>
    Object.entries(p).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : flat(v, `${prefix}${k}.`)));

  it('overrides only phrases Decap has, keeping its placeholders', async () => {
    const english = (await import('decap-cms-locales/dist/esm/en/index.js' as string)).default as Phrases;
    const known = new Map(flat(english));
    for (const [key, text] of flat(polishPhrases)) {
      expect(known.has(key), key).toBe(true);
      const placeholders = (s: string) => [...s.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]!).sort();
      expect(placeholders(text), key).toEqual(placeholders(known.get(key)!).filter((p) => text.includes(p)));
    }
  });

  it('leaves no phrase of Decap’s Polish in English', async () => {
    const english = new Map(flat((await import('decap-cms-locales/dist/esm/en/index.js' as string)).default));
    const polish = mergePhrases(
      (await import('decap-cms-locales/dist/esm/pl/index.js' as string)).default as Phrases,
      polishPhrases,
    );
    const same = flat(polish).filter(
      ([key, text]) => english.get(key) === text && /[a-z]{3}/i.test(text.replace(/%\{\w+\}/g, '')),
    );
    const missing = [...english.keys()].filter((key) => !flat(polish).some(([k]) => k === key));
    // Names of services (Bitbucket, GitHub…) and "Markdown"-like words are the same in both.
    expect(
      same.filter(([, text]) => !/^(Bitbucket|GitHub|GitLab|Gitea|Forgejo|Azure|Git Gateway|Netlify)/.test(text)),
    ).toEqual([]);
    expect(missing.filter((k) => !/loginWith/.test(k))).toEqual([]);
  });
});

describe('the preview', () => {
  it('is the partner’s page in each language: its heading, dates in words and area names', async () => {
    const adur = fixtureEntry('adur');
    const result = await previewHtml(adur, { town: homeTown, ui: dictionaries });
    if (!result.ok) throw new Error(result.message);
    const events = adur.data.events as { date: unknown }[];
    for (const lang of localeCodes) {
      const ui = dictionaries[lang];
      expect(result.html).toContain(`<main id="main" lang="${lang}">`);
      for (const area of adur.data.areas as (keyof typeof ui.areaLabels)[])
        expect(result.html).toContain(`>${ui.areaLabels[area]}<`);
      for (const { date } of events) {
        const parsed = parsePartialDate(date);
        if (parsed.ok) expect(result.html).toContain(formatPartialDate(parsed.date, lang));
      }
      expect(result.html).toContain(countryName(adur.data.country as string, lang));
    }
    const name = (t: FormEntry['data'] | undefined) => String(t?.name);
    expect(result.html).toContain(`<h1>${name(adur.data)}</h1>`);
    expect(result.html).toContain(`<h1>${name(adur.texts.en)}</h1>`);
    // No key in place of words, where the words differ from the key (English calls culture "culture").
    const polish = result.html.slice(0, result.html.indexOf('cms-preview-divider'));
    expect(polish).toContain('<h1>');
    expect(polish).not.toMatch(/>(international|culture|agreement-signed|home)</);
  });

  it('says what is missing while the form cannot make a page', async () => {
    const result = await previewHtml({ data: { name: 'Nowe' }, texts: {} }, { town: homeTown, ui: dictionaries });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('Podgląd strony pojawi się') });
  });
});
