import { defaultLocale, localeCodes, type Locale } from '../../i18n/locales.ts';
import { missingAlt } from './image-problems.ts';
import type { ProblemCode } from './problem.ts';
import { didYouMean } from './suggest.ts';

/**
 * The rules that no single record can satisfy alone: texts need their town's facts and may only name its
 * events, a town needs some text, no town twice, a picture needs its description in every text, an event
 * "elsewhere" needs its venue in every text, the home page needs its text. Written once here, over records
 * as read (valid or not), and used by both the content check (which adds file lines) and the data loaders
 * (which stop the build with the same messages).
 */

/** Frontmatter as read: checked by its schema elsewhere, so every field may be anything here. */
export type Fields = Readonly<Record<string, unknown>>;

/** One record that exists; `data` is undefined when its file could not be read at all. */
export interface Read {
  data?: Fields | undefined;
}

export interface ContentRecords {
  /** Each partner's facts, by slug. */
  facts: ReadonlyMap<string, Read>;
  /** Each partner's texts, by slug and language (a slug may have texts without facts). */
  texts: ReadonlyMap<string, ReadonlyMap<Locale, Read>>;
  /** Text pages, by page name and language. */
  pages: ReadonlyMap<string, ReadonlyMap<Locale, Read>>;
}

/** Which record a problem is in: a partner's facts or text, or a text page. */
export type RecordRef =
  | { kind: 'facts'; slug: string }
  | { kind: 'text'; slug: string; locale: Locale }
  | { kind: 'page'; name: string; locale: Locale };

/** Where a record lives (or would live): the names the messages give. */
export interface RecordFiles {
  facts(slug: string): string;
  text(slug: string, locale: Locale): string;
  page(name: string, locale: Locale): string;
}

/** The file layout under a content folder. */
export function contentFiles(contentDir: string): RecordFiles {
  return {
    facts: (slug) => `${contentDir}/partners/${slug}/partner.md`,
    text: (slug, locale) => `${contentDir}/partners/${slug}/${locale}.md`,
    page: (name, locale) => `${contentDir}/pages/${locale}/${name}.md`,
  };
}

export interface RecordProblem {
  code: ProblemCode;
  record: RecordRef;
  /** The field as an editor reads it (`events.signed.venue`). */
  field?: string;
  value?: string;
  /** Where in the record to point: a field path, at its key or its value (by default the value). */
  at?: { path: readonly string[]; part?: 'key' | 'value' };
  pl: string;
  en: string;
}

/** Text pages the site shows: each needs its text in at least one language. */
export const textPages = ['home'] as const;
export type TextPageName = (typeof textPages)[number];

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Every problem across records, partners in slug order. */
export function crossRecordProblems(records: ContentRecords, files: RecordFiles): RecordProblem[] {
  const problems: RecordProblem[] = [];
  for (const [slug, texts] of records.texts) {
    if (records.facts.has(slug)) continue;
    for (const locale of texts.keys()) problems.push(orphanText(slug, locale, files));
  }
  problems.push(...duplicatePartners(records.facts, files));
  for (const slug of [...records.facts.keys()].sort()) {
    problems.push(
      ...partnerProblems(slug, records.facts.get(slug)!, records.texts.get(slug) ?? new Map<Locale, Read>(), files),
    );
  }
  problems.push(...missingPages(records.pages, files));
  return problems;
}

function orphanText(slug: string, locale: Locale, files: RecordFiles): RecordProblem {
  const facts = files.facts(slug);
  return {
    code: 'orphan-translation',
    record: { kind: 'text', slug, locale },
    pl: `Obok tego pliku nie ma ${fileName(facts)} z faktami o mieście, więc tekst nie zostałby nigdzie pokazany. Dodaj ${facts} albo przenieś tekst do właściwego folderu.`,
    en: `There is no ${fileName(facts)} with the town's facts beside this file, so the text would not be shown anywhere. Add ${facts} or move the text to the right folder.`,
  };
}

/** Another folder for a town already on the site: the same own name or the same Wikidata item. */
function duplicatePartners(facts: ContentRecords['facts'], files: RecordFiles): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const seen = { name: new Map<string, string>(), wikidata: new Map<string, string>() };
  const keyOf = {
    name: (v: unknown) => (typeof v === 'string' ? v.trim().toLocaleLowerCase('pl') : undefined),
    wikidata: (v: unknown) => (typeof v === 'string' ? v.trim() : undefined),
  };
  for (const slug of [...facts.keys()].sort()) {
    const data = facts.get(slug)!.data;
    if (!data) continue;
    for (const label of ['name', 'wikidata'] as const) {
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

/** The rules between one partner's facts and its texts. */
export function partnerProblems(
  slug: string,
  facts: Read,
  texts: ReadonlyMap<Locale, Read>,
  files: RecordFiles,
): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const factsName = fileName(files.facts(slug));
  const textName = (locale: Locale) => fileName(files.text(slug, locale));
  if (texts.size === 0) {
    const others = localeCodes.filter((l) => l !== defaultLocale).map(textName);
    problems.push({
      code: 'no-translation',
      record: { kind: 'facts', slug },
      pl: `Miasto nie ma jeszcze żadnego tekstu. Dodaj obok ${files.text(slug, defaultLocale)} (i najlepiej ${others.join(', ')}).`,
      en: `The town has no text yet. Add ${files.text(slug, defaultLocale)} beside it (and ideally the other languages: ${localeCodes.map(textName).join(', ')}).`,
    });
  }
  const data = facts.data;
  if (!data) return problems;
  const readable = [...texts].flatMap(([locale, text]) => (text.data ? [[locale, text.data] as const] : []));

  // A main picture needs its description in every text.
  const emblem = emblemName(data.emblem);
  if (emblem !== undefined) {
    for (const [locale, text] of readable) {
      if (typeof text.emblemAlt === 'string') continue;
      const example = locale === 'pl' ? 'Herb miasta: …' : 'Coat of arms of …';
      const { code, value, pl, en } = missingAlt({ file: '' }, emblem, {
        pl: `dopisz w ${textName(locale)} pole: emblemAlt: ${example}`,
        en: `add to ${textName(locale)} the field: emblemAlt: ${example}`,
      });
      problems.push({
        code,
        ...(value !== undefined ? { value } : {}),
        pl,
        en,
        record: { kind: 'text', slug, locale },
        field: 'emblemAlt',
        // Beside the town's name, where the field belongs.
        at: { path: ['name'] },
      });
    }
  }

  // Texts may only name events of the facts.
  const events = Array.isArray(data.events) ? (data.events as unknown[]) : [];
  const known = events.flatMap((e) => {
    const id = e && typeof e === 'object' ? (e as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? [id] : [];
  });
  for (const [locale, text] of readable) {
    const named = text.events;
    if (!named || typeof named !== 'object' || Array.isArray(named)) continue;
    for (const id of Object.keys(named)) {
      if (known.includes(id)) continue;
      const suggestion = didYouMean(id, known);
      problems.push({
        code: 'unknown-event',
        record: { kind: 'text', slug, locale },
        field: `events.${id}`,
        value: id,
        at: { path: ['events', id], part: 'key' },
        pl: `W ${factsName} nie ma wydarzenia o id „${id}”.${suggestion ? ` Czy chodziło o „${suggestion}”?` : ''} Dostępne id: ${known.join(', ') || '(brak)'}.`,
        en: `${factsName} has no event with the id "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} The ids there: ${known.join(', ') || '(none)'}.`,
      });
    }
  }

  // An event "elsewhere" is placed only by its venue, so every text needs one.
  events.forEach((event, index) => {
    if (!event || typeof event !== 'object') return;
    const { id, place } = event as { id?: unknown; place?: unknown };
    if (place !== 'elsewhere' || typeof id !== 'string') return;
    for (const [locale, text] of readable) {
      const words = (text.events as Record<string, { venue?: unknown } | undefined> | undefined)?.[id];
      if (typeof words?.venue === 'string' && words.venue.trim() !== '') continue;
      const example = `Przykład:\n  events:\n    ${id}:\n      venue: ${locale === 'pl' ? 'Worthing, Anglia' : 'Worthing, England'}`;
      problems.push({
        code: 'missing-venue',
        record: { kind: 'text', slug, locale },
        field: `events.${id}.venue`,
        at: { path: ['events', id] },
        pl: `Wydarzenie „${id}” (events[${index}] w ${factsName}) odbyło się „elsewhere”, więc nazwij miejsce w tym języku. ${example}`,
        en: `The event "${id}" (events[${index}] in ${factsName}) took place "elsewhere", so name the place in this language. ${example.replace('Przykład', 'Example')}`,
      });
    }
  });
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
