import { defaultLocale, type Locale } from '../blocks/locales.ts';
import { missingAlt } from './image-problems.ts';
import type { ProblemCode } from './problem.ts';
import { contentFiles, type RecordFiles } from './layout.ts';

export { contentFiles, type RecordFiles };
import { didYouMean } from '../blocks/suggest.ts';

/**
 * The rules that no single record can satisfy alone: texts need their town's Polish file and may only name
 * its events, each once, no town twice, a picture needs its description in every text, an event
 * "elsewhere" needs its venue in every text, the home page needs its text. Written once here, over records
 * as read (valid or not), and used by both the content check (which adds file lines) and the data loaders
 * (which stop the build with the same messages).
 */

/** Frontmatter as read: checked by its schema elsewhere, so every field may be anything here. */
export type Fields = Readonly<Record<string, unknown>>;

/** One record that exists; `data` is undefined when its file could not be read at all. */
export interface Read {
  data?: Fields | undefined;
  /**
   * A file with nothing in it, as Decap CMS writes it for a language left blank: a text not written yet,
   * shown as if it were not there.
   */
  blank?: boolean | undefined;
}

export interface ContentRecords {
  /** Each partner's Polish file (`index.pl.md`): its facts and its Polish texts, by slug. */
  facts: ReadonlyMap<string, Read>;
  /**
   * Each partner's texts in the other languages (`index.<lang>.md`), by slug and language; a slug may have
   * texts without a Polish file.
   */
  texts: ReadonlyMap<string, ReadonlyMap<Locale, Read>>;
  /** Text pages, by page name and language. */
  pages: ReadonlyMap<string, ReadonlyMap<Locale, Read>>;
}

/** Which record a problem is in: a partner's Polish file (facts and Polish text), its other text, or a page. */
export type RecordRef =
  | { kind: 'facts'; slug: string }
  | { kind: 'text'; slug: string; locale: Locale }
  | { kind: 'page'; name: string; locale: Locale };

export interface RecordProblem {
  code: ProblemCode;
  record: RecordRef;
  /** The field as an editor reads it (`events[1].venue`). */
  field?: string;
  value?: string;
  /** Where in the record to point: a field path, at its key or its value (by default the value). */
  at?: { path: readonly PropertyKey[]; part?: 'key' | 'value' };
  /** Where to point when `at` is not in the file (e.g. the list it should be in is missing too). */
  fallback?: { path: readonly PropertyKey[]; part?: 'key' | 'value' };
  pl: string;
  en: string;
}

/** Text pages the site shows: each needs its text in at least one language. */
export const textPages = ['home'] as const;
export type TextPageName = (typeof textPages)[number];

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The texts written so far: a blank file (or none) is a text not written yet. */
export function writtenTexts<T extends Read>(texts: ReadonlyMap<Locale, T> | undefined): [Locale, T][] {
  return [...(texts ?? [])].filter(([, text]) => !text.blank);
}

/** Every problem across records, partners in slug order. */
export function crossRecordProblems(records: ContentRecords, files: RecordFiles): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const [slug, texts] of records.texts) {
    if (records.facts.has(slug)) continue;
    for (const [locale] of writtenTexts(texts)) problems.push(orphanText(slug, locale, files));
  }
  problems.push(...duplicatePartners(records.facts, files));
  for (const slug of [...records.facts.keys()].sort()) {
    problems.push(...partnerProblems(slug, records.facts.get(slug)!, records.texts.get(slug) ?? new Map(), files));
  }
  problems.push(...missingPages(records.pages, files));
  return problems;
}

function orphanText(slug: string, locale: Locale, files: RecordFiles): RecordProblem {
  const facts = files.facts(slug);
  return {
    code: 'orphan-translation',
    record: { kind: 'text', slug, locale },
    pl: `Obok tego pliku nie ma ${fileName(facts)} z faktami o mieście i tekstem po polsku, więc tekst nie zostałby nigdzie pokazany. Dodaj ${facts} (np. npm run new-partner -- ${slug}) albo przenieś tekst do właściwego folderu.`,
    en: `There is no ${fileName(facts)} with the town's facts and Polish text beside this file, so the text would not be shown anywhere. Add ${facts} (e.g. npm run new-partner -- ${slug}) or move the text to the right folder.`,
  };
}

/** Another folder for a town already on the site: the same own name or the same Wikidata item. */
function duplicatePartners(facts: ContentRecords['facts'], files: RecordFiles): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const seen = { ownName: new Map<string, string>(), wikidata: new Map<string, string>() };
  const keyOf = {
    ownName: (v: unknown) => (typeof v === 'string' ? v.trim().toLocaleLowerCase('pl') : undefined),
    wikidata: (v: unknown) => (typeof v === 'string' ? v.trim() : undefined),
  };
  for (const slug of [...facts.keys()].sort()) {
    const data = facts.get(slug)!.data;
    if (!data) continue;
    for (const label of ['ownName', 'wikidata'] as const) {
      const key = keyOf[label](data[label]);
      if (!key) continue;
      const first = seen[label].get(key);
      if (first === undefined) {
        seen[label].set(key, files.facts(slug));
        continue;
      }
      const value = String(data[label]);
      problems.push({
        code: 'duplicate-partner',
        record: { kind: 'facts', slug },
        field: label,
        value,
        at: { path: [label] },
        pl: `To miasto już jest na stronie: ${first} ma to samo pole ${label} („${value}”). Popraw istniejący folder zamiast dodawać drugi albo usuń ten.`,
        en: `This town is already on the site: ${first} has the same ${label} ("${value}"). Edit the existing folder instead of adding a second one, or delete this one.`,
      });
    }
  }
  return problems;
}

/** The items of a YAML list that are objects, with their place in it (anything else is the schema's). */
function listOf(value: unknown): [Record<string, unknown>, number][] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e: unknown, index): [Record<string, unknown>, number][] =>
    e !== null && typeof e === 'object' && !Array.isArray(e) ? [[e as Record<string, unknown>, index]] : [],
  );
}

/**
 * A text's event texts, each with its place in the file's list. As written they are a list by id; once
 * loaded, the schema has made them a map by id (a repeated id is then already gone, and the check, which
 * runs before every build, has reported it).
 */
function eventTexts(value: unknown): [Record<string, unknown>, number][] {
  if (Array.isArray(value)) return listOf(value);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).map(([id, texts], index) => [{ ...(texts as object), id }, index]);
}

/** The rules between one partner's Polish file (facts and Polish text) and its texts in other languages. */
export function partnerProblems(
  slug: string,
  facts: Read,
  texts: ReadonlyMap<Locale, Read>,
  files: RecordFiles,
): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const factsName = fileName(files.facts(slug));
  const textName = (locale: Locale) => fileName(files.text(slug, locale));
  const data = facts.data;
  if (!data) return problems;
  const others = writtenTexts(texts).filter(([locale]) => locale !== defaultLocale);
  const readable = others.flatMap(([locale, text]) => (text.data ? [[locale, text.data] as const] : []));
  const refOf = (locale: Locale): RecordRef =>
    locale === defaultLocale ? { kind: 'facts', slug } : { kind: 'text', slug, locale };
  // Every language's texts: the Polish ones beside the facts, the others in their own files.
  const everyText = [[defaultLocale, data] as const, ...readable];

  // A main picture needs its description in every text.
  const emblem = emblemName(data.emblem);
  if (emblem !== undefined) {
    for (const [locale, text] of everyText) {
      if (typeof text.emblemAlt === 'string') continue;
      const example = locale === defaultLocale ? 'Herb miasta: …' : 'Coat of arms of …';
      const { code, value, pl, en } = missingAlt({ file: '' }, emblem, {
        pl: `dopisz w ${textName(locale)} pole: emblemAlt: ${example}`,
        en: `add to ${textName(locale)} the field: emblemAlt: ${example}`,
      });
      problems.push({
        code,
        ...(value !== undefined ? { value } : {}),
        pl,
        en,
        record: refOf(locale),
        field: 'emblemAlt',
        // Beside the town's name, where the field belongs.
        at: { path: ['name'] },
      });
    }
  }

  // Texts in other languages may only name events of the Polish file, each once.
  const events = listOf(data.events);
  const known = events.map(([e]) => e.id).filter((id): id is string => typeof id === 'string');
  for (const [locale, text] of readable) {
    const seen = new Set<string>();
    for (const [{ id }, index] of eventTexts(text.events)) {
      if (typeof id !== 'string') continue;
      const where = {
        record: refOf(locale),
        field: `events[${index}].id`,
        value: id,
        at: { path: ['events', index, 'id'] },
      };
      if (seen.has(id)) {
        problems.push({
          ...where,
          code: 'duplicate',
          pl: `Tekst wydarzenia „${id}” jest w tym pliku drugi raz; strona pokazałaby tylko ostatni. Zostaw jeden i usuń drugi.`,
          en: `The text of the event "${id}" is in this file a second time; the site would show only the last. Keep one and delete the other.`,
        });
      }
      seen.add(id);
      if (known.includes(id)) continue;
      const suggestion = didYouMean(id, known);
      problems.push({
        ...where,
        code: 'unknown-event',
        pl: `W ${factsName} nie ma wydarzenia o id „${id}”, więc ten tekst nie zostałby nigdzie pokazany.${suggestion ? ` Czy chodziło o „${suggestion}”?` : ''} Dostępne id: ${known.join(', ') || '(brak)'}. Popraw id albo dodaj wydarzenie w ${factsName}.`,
        en: `${factsName} has no event with the id "${id}", so this text would not be shown anywhere.${suggestion ? ` Did you mean "${suggestion}"?` : ''} The ids there: ${known.join(', ') || '(none)'}. Correct the id or add the event to ${factsName}.`,
      });
    }
  }

  // An event "elsewhere" is placed only by its venue, so every text needs one: the Polish one beside the
  // event's facts, the others under its id.
  for (const [event, index] of events) {
    const { id, place } = event;
    if (place !== 'elsewhere' || typeof id !== 'string') continue;
    for (const [locale, text] of everyText) {
      const [words, at] =
        locale === defaultLocale ? [event, index] : (eventTexts(text.events).find(([e]) => e.id === id) ?? []);
      const venue = words?.venue;
      if (typeof venue === 'string' && venue.trim() !== '') continue;
      const example =
        locale === defaultLocale
          ? `  events:\n    - id: ${id}\n      …\n      venue: Worthing, Anglia`
          : `  events:\n    - id: ${id}\n      venue: Worthing, England`;
      problems.push({
        code: 'missing-venue',
        record: refOf(locale),
        field: at !== undefined ? `events[${at}].venue` : 'events',
        at: at !== undefined ? { path: ['events', at] } : { path: ['events'], part: 'key' },
        fallback: { path: ['name'], part: 'key' },
        pl: `Wydarzenie „${id}” (events[${index}] w ${factsName}) odbyło się „elsewhere”, więc nazwij miejsce w tym języku. Przykład:\n${example}`,
        en: `The event "${id}" (events[${index}] in ${factsName}) took place "elsewhere", so name the place in this language. Example:\n${example}`,
      });
    }
  }
  return problems;
}

/** The main picture's file name as written, or its published address once Astro has processed it. */
function emblemName(emblem: unknown): string | undefined {
  if (typeof emblem === 'string') return emblem.trim() === '' ? undefined : emblem;
  if (emblem && typeof emblem === 'object') return String((emblem as { src?: unknown }).src ?? '');
  return undefined;
}

function missingPages(pages: ContentRecords['pages'], files: RecordFiles): RecordProblem[] {
  return textPages
    .filter((name) => (pages.get(name)?.size ?? 0) === 0)
    .map((name) => ({
      code: 'missing-page' as const,
      record: { kind: 'page' as const, name, locale: defaultLocale },
      pl: `Brakuje tekstu strony „${name}”, więc nie dałoby się jej zbudować. Dodaj ${files.page(name, defaultLocale)} (pola title i description między liniami --- oraz tekst pod nimi).`,
      en: `The text of the page "${name}" is missing, so it could not be built. Add ${files.page(name, defaultLocale)} (the fields title and description between --- lines, and the text below them).`,
    }));
}

/** Where a record's problem is reported: its file, whether or not that file exists yet. */
export function recordFile(ref: RecordRef, files: RecordFiles): string {
  if (ref.kind === 'facts') return files.facts(ref.slug);
  if (ref.kind === 'text') return files.text(ref.slug, ref.locale);
  return files.page(ref.name, ref.locale);
}
