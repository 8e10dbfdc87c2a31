import type { z } from 'astro/zod';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { defaultLocale, isLocale, localeCodes, type Locale } from '../../blocks/locales.ts';
import { eventSchema } from '../../model/events.ts';
import type { HomeTown } from '../../model/home-town.ts';
import { recordSchemas } from '../../model/records.ts';
import { recordFields } from '../../model/schema-fields.ts';
import type { translationSchema } from '../../model/translation.ts';
import { layout } from '../../model/layout.ts';
import { markdownProblems } from './markdown-problems.ts';
import { sortProblems, type Problem } from '../../model/problem.ts';
import {
  contentFiles,
  crossRecordProblems,
  recordFile,
  type ContentRecords,
  type Read,
  type RecordRef,
  writtenTexts,
} from '../../model/cross-record.ts';
import { imageReferenceProblems, isImageFile, type ImageFile } from '../../model/image-problems.ts';
import { placeProblems } from './place-problems.ts';
import { schemaProblems, type RecordRules } from './schema-problems.ts';
import { readMarkdown, type MarkdownSource } from './source-file.ts';
import { slugPattern } from '../../blocks/slug.ts';

/** One file of content: its path from the project root (forward slashes) and its text. */
export interface ContentFile {
  path: string;
  text: string;
  /** For a picture file: its size in bytes and pixels (its text is not read). */
  image?: ImageFile;
}

export interface CheckReport {
  problems: Problem[];
  /** Which languages each partner's text exists in (a missing one is shown in the default language). */
  coverage: Record<string, Record<Locale, boolean>>;
  /** How many content files were read. */
  files: number;
}

/** What the check needs of the site's configuration, given by whoever runs it. */
export interface CheckSetup {
  /** The home town: its identifier is another word for `home` in an event's place; its names are examples. */
  town: HomeTown;
  /** Where the content lives, relative to the project root (`content` unless the tests say otherwise). */
  contentDir?: string;
}

const localeList = layout.partnerFiles().join(', ');

/** Reads every file under `<root>/<contentDir>` and checks it. */
export async function checkContentDir(root: string, setup: CheckSetup): Promise<CheckReport> {
  const { contentDir = 'content' } = setup;
  const files: ContentFile[] = [];
  const pictures: ContentFile[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      const path = `${rel}/${name}`;
      const stat = statSync(join(root, path));
      if (stat.isDirectory()) walk(path);
      else if (isImageFile(name)) {
        const file = { path, text: '', image: { bytes: stat.size } };
        pictures.push(file);
        files.push(file);
      } else files.push({ path, text: readFileSync(join(root, path), 'utf8') });
    }
  };
  walk(contentDir);
  if (pictures.length > 0) {
    // sharp (Astro's image service) reads only the header for the pixel size; loaded only when needed, with
    // require: in `astro dev` the check runs from the config, whose module loader is closed by then.
    const sharp = createRequire(import.meta.url)('sharp') as typeof import('sharp').default;
    await Promise.all(
      pictures.map(async (file) => {
        try {
          const { width, height } = await sharp(join(root, file.path)).metadata();
          if (width && height) file.image!.size = { width, height };
        } catch {
          // Not a picture after all: reported where it is used.
        }
      }),
    );
  }
  return checkContent(files, setup);
}

/**
 * Checks a set of content files: each against its schema and the Markdown rules, then the rules across
 * files (`cross-record.ts`: texts need their Polish file, events named in texts must exist, no partner
 * twice). Every problem is reported, not only the first.
 */
export async function checkContent(files: ContentFile[], setup: CheckSetup): Promise<CheckReport> {
  const { town, contentDir = 'content' } = setup;
  const problems: Problem[] = [];
  const allPaths = new Set(files.map((f) => f.path));
  const images = new Map(files.flatMap((f) => (f.image ? [[f.path, f.image] as const] : [])));
  const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/'));
  const lint = (file: ContentFile) =>
    markdownProblems(file.path, file.text, {
      checkImage: (url) => imageReferenceProblems({ file: file.path }, url, folderOf(file.path), images),
      exampleUrl: town.office.url,
    });
  // Built once: a zod schema is costly to construct, cheap to run.
  const make = recordSchemas(town);
  const schemas = { partner: make.partner(), translation: make.translation(), page: make.page() };
  const fields = recordFields(town);
  const rules = {
    partner: { kind: 'partner', schema: schemas.partner, fields: fields.partner },
    translation: { kind: 'translation', schema: schemas.translation, fields: fields.translation },
    page: { kind: 'page', schema: schemas.page, fields: fields.page },
  } as const;
  const factFields = factFieldsOf(schemas, town);
  const partners = new Map<string, Sourced>();
  const translations = new Map<string, Map<Locale, Sourced>>();
  const pages = new Map<string, Map<Locale, Sourced>>();
  const texts = (slug: string) => {
    if (!translations.has(slug)) translations.set(slug, new Map());
    return translations.get(slug)!;
  };

  const read = (file: ContentFile) => {
    const result = readMarkdown(file.path, file.text);
    if (!result.ok) {
      problems.push(result.problem);
      return undefined;
    }
    return result.source;
  };

  for (const file of files) {
    const rel = file.path.slice(contentDir.length + 1);
    const parts = rel.split('/');
    // Files directly in content/ (the editors' guide) are not content.
    if (parts.length === 1) continue;
    const [section, folder, name, ...deeper] = parts;
    // Pictures are checked where a text uses them.
    if (file.image && (section === layout.partners || section === layout.pages)) continue;

    if (section === layout.partners) {
      const meant =
        name !== undefined && deeper.length === 0
          ? meantName(name, [...localeCodes.map(layout.partnerBase), ...oldLayoutNames])
          : undefined;
      if (meant) {
        const meantBase = meant.slice(0, -'.md'.length);
        problems.push(
          oldLayoutNames.includes(meantBase)
            ? oldLayout(file.path, meantBase, `${contentDir}/${layout.partners}/${folder}/`)
            : misnamed(file.path, name!, meant, allPaths.has(`${contentDir}/${layout.partners}/${folder}/${meant}`)),
        );
        continue;
      }
      if (name === undefined || deeper.length > 0 || !name.endsWith('.md')) {
        problems.push(stray(file.path, `${contentDir}/${layout.partners}/<slug>/`));
        continue;
      }
      if (!slugPattern.test(folder!)) {
        problems.push({
          file: file.path,
          code: 'bad-slug',
          value: folder!,
          pl: `Nazwa folderu „${folder}” staje się adresem strony: użyj małych liter bez polskich znaków, cyfr i łączników, np. „liptovsky-mikulas”.`,
          en: `The folder name "${folder}" becomes the page's address: use lower-case letters without accents, digits and hyphens, e.g. "liptovsky-mikulas".`,
        });
      }
      const base = name.slice(0, -'.md'.length);
      const lang = layout.languageOf(name);
      if (oldLayoutNames.includes(base)) {
        problems.push(oldLayout(file.path, base, `${contentDir}/${layout.partners}/${folder}/`));
      } else if (lang === defaultLocale) {
        const source = read(file);
        partners.set(folder!, { file: file.path, source });
        if (!source) continue;
        problems.push(...schemaProblems(rules.partner, source, lang));
        problems.push(...placeProblems(source));
        if (typeof source.data.emblem === 'string') {
          const where = source.locate(['emblem']);
          problems.push(
            ...imageReferenceProblems(
              { file: file.path, field: 'emblem', ...(where ? { line: where.line, column: where.column } : {}) },
              source.data.emblem,
              folderOf(file.path),
              images,
            ),
          );
        }
        problems.push(...emptyText(file, source));
        problems.push(...(await lint(file)));
      } else if (isLocale(lang)) {
        // Decap CMS writes an empty file for a language left blank: a text not written yet.
        if (file.text.trim() === '') {
          texts(folder!).set(lang, { file: file.path, blank: true });
          continue;
        }
        const source = read(file);
        texts(folder!).set(lang, { file: file.path, source });
        if (!source) continue;
        problems.push(...translationProblems(source, rules.translation, factFields, lang));
        problems.push(...emptyText(file, source));
        problems.push(...(await lint(file)));
      } else {
        problems.push(notALocale(file.path, base));
      }
    } else if (section === layout.pages) {
      const meant = name !== undefined && deeper.length === 0 ? meantName(name) : undefined;
      if (meant) {
        problems.push(
          misnamed(file.path, name!, meant, allPaths.has(`${contentDir}/${layout.pages}/${folder}/${meant}`)),
        );
        continue;
      }
      if (name === undefined || deeper.length > 0 || !name.endsWith('.md')) {
        problems.push(stray(file.path, `${contentDir}/${layout.pages}/<${localeCodes.join('|')}>/`));
        continue;
      }
      if (!isLocale(folder)) {
        problems.push({
          file: file.path,
          code: 'not-a-locale',
          value: folder!,
          pl: `Folder „${folder}” nie jest językiem strony. Strony tekstowe leżą w ${localeCodes.map((l) => `${contentDir}/${layout.pages}/${l}/`).join(' lub ')}.`,
          en: `The folder "${folder}" is not a language of the site. Text pages go in ${localeCodes.map((l) => `${contentDir}/${layout.pages}/${l}/`).join(' or ')}.`,
        });
        continue;
      }
      const source = read(file);
      const page = name.slice(0, -'.md'.length);
      if (!pages.has(page)) pages.set(page, new Map());
      pages.get(page)!.set(folder, { file: file.path, source });
      if (!source) continue;
      problems.push(...schemaProblems(rules.page, source, folder));
      problems.push(...emptyText(file, source));
      problems.push(...(await lint(file)));
    }
  }

  problems.push(...crossFileProblems(contentDir, partners, translations, pages));

  const coverage: CheckReport['coverage'] = {};
  for (const slug of [...partners.keys()].sort()) {
    const written = new Set([defaultLocale, ...writtenTexts(translations.get(slug)).map(([l]) => l)]);
    coverage[slug] = Object.fromEntries(localeCodes.map((l) => [l, written.has(l)])) as Record<Locale, boolean>;
  }
  return { problems: sortProblems(problems), coverage, files: files.length };
}

type Sourced = { file: string; source?: MarkdownSource | undefined; blank?: boolean };

/** The rules across records, each problem placed in its file and, where it can be, on its line. */
function crossFileProblems(
  contentDir: string,
  partners: Map<string, Sourced>,
  translations: Map<string, Map<Locale, Sourced>>,
  pages: Map<string, Map<Locale, Sourced>>,
): Problem[] {
  const read = (s: Sourced): Read => ({ data: s.source?.data, ...(s.blank ? { blank: true } : {}) });
  const byLocale = (m: Map<Locale, Sourced>) => new Map([...m].map(([l, s]) => [l, read(s)]));
  const records: ContentRecords = {
    facts: new Map([...partners].map(([slug, s]) => [slug, read(s)])),
    texts: new Map([...translations].map(([slug, m]) => [slug, byLocale(m)])),
    pages: new Map([...pages].map(([name, m]) => [name, byLocale(m)])),
  };
  const sourced = (ref: RecordRef): Sourced | undefined =>
    ref.kind === 'facts'
      ? partners.get(ref.slug)
      : ref.kind === 'text'
        ? translations.get(ref.slug)?.get(ref.locale)
        : pages.get(ref.name)?.get(ref.locale);
  const files = contentFiles(contentDir);
  return crossRecordProblems(records, files).map(({ record, at, fallback, ...problem }) => {
    const found = sourced(record);
    const where =
      (at && found?.source?.locate([...at.path], at.part)) ||
      (fallback && found?.source?.locate([...fallback.path], fallback.part));
    return {
      file: found?.file ?? recordFile(record, files),
      ...(where ? { line: where.line, column: where.column } : {}),
      ...problem,
    };
  });
}

/** The items of a YAML list that are objects (anything else is reported by the schema). */
function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((e): e is Record<string, unknown> => e !== null && typeof e === 'object' && !Array.isArray(e))
    : [];
}

/** The names of the layout before one file per language: facts in `partner.md`, texts in `<lang>.md`. */
const oldLayoutNames: readonly string[] = ['partner', ...localeCodes];

/** A file of the old layout, e.g. a `partner.md` copied from an old example: what to do with it. */
function oldLayout(file: string, base: string, folder: string): Problem {
  const factsFile = layout.factsFile;
  if (base === 'partner') {
    return {
      file,
      code: 'old-layout',
      value: `${base}.md`,
      pl: `Strona nie czyta już partner.md: fakty o mieście są w ${factsFile}, razem z tekstem po polsku. Przenieś pola z tego pliku do ${folder}${factsFile} (własna nazwa miasta jako ownName, nie name; tytuł i venue każdego wydarzenia obok jego id, kind i date) i usuń partner.md. Wzór pliku: npm run new-partner -- <nazwa>.`,
      en: `The site no longer reads partner.md: the town's facts are in ${factsFile}, together with the Polish text. Move the fields of this file into ${folder}${factsFile} (the town's own name as ownName, not name; each event's title and venue beside its id, kind and date) and delete partner.md. A model of the file: npm run new-partner -- <name>.`,
    };
  }
  const target = layout.partnerFile(base);
  return {
    file,
    code: 'old-layout',
    value: `${base}.md`,
    pl:
      base === defaultLocale
        ? `Strona nie czyta już ${base}.md: tekst po polsku jest w ${factsFile}, razem z faktami o mieście. Przenieś pola i tekst z tego pliku do ${folder}${factsFile} (tytuł i venue każdego wydarzenia obok jego id, kind i date) i usuń ${base}.md.`
        : `Strona nie czyta już ${base}.md: ten tekst ma być w pliku ${target}. Zmień nazwę pliku na ${target} i zapisz teksty wydarzeń jako listę, każde z id wydarzenia z ${factsFile}, np.:\n  events:\n    - id: signed-home\n      title: …`,
    en:
      base === defaultLocale
        ? `The site no longer reads ${base}.md: the Polish text is in ${factsFile}, together with the town's facts. Move the fields and text of this file into ${folder}${factsFile} (each event's title and venue beside its id, kind and date) and delete ${base}.md.`
        : `The site no longer reads ${base}.md: this text belongs in ${target}. Rename the file to ${target} and write the event texts as a list, each with the id of an event in ${factsFile}, e.g.:\n  events:\n    - id: signed-home\n      title: …`,
  };
}

/** Fields of the facts, which Decap CMS and the pages read only from the Polish file. */
function factFieldsOf(schemas: { partner: z.ZodObject; translation: z.ZodObject }, town: HomeTown) {
  const translation = Object.keys(schemas.translation.shape);
  return {
    record: Object.keys(schemas.partner.shape).filter((key) => !translation.includes(key)),
    event: Object.keys(eventSchema(town).shape).filter((key) => key !== 'id'),
  };
}

/**
 * A text in another language than Polish: its schema, with facts named as such: they belong in the Polish
 * file, where the pages (and the CMS) read them, and written here they would be silently ignored.
 */
function translationProblems(
  source: MarkdownSource,
  rules: RecordRules<ReturnType<typeof translationSchema>>,
  factFields: { record: readonly string[]; event: readonly string[] },
  lang: Locale,
): Problem[] {
  const factsFile = layout.factsFile;
  const facts: { path: PropertyKey[]; field: string }[] = [];
  for (const key of Object.keys(source.data))
    if (factFields.record.includes(key)) facts.push({ path: [key], field: key });
  listOf(source.data.events).forEach((event, index) => {
    for (const key of Object.keys(event))
      if (factFields.event.includes(key))
        facts.push({ path: ['events', index, key], field: `events[${index}].${key}` });
  });
  const named = new Set(facts.map((f) => f.field));
  const problems = schemaProblems(rules, source, lang).filter(
    (p) => !(p.code === 'unknown-field' && p.field !== undefined && named.has(p.field)),
  );
  for (const { path, field } of facts) {
    const where = source.locate(path, 'key');
    problems.push({
      file: source.file,
      ...(where ? { line: where.line, column: where.column } : {}),
      field,
      code: 'facts-in-translation',
      pl: `Pole ${String(path.at(-1))} to fakt, wspólny dla wszystkich języków: strona czyta fakty tylko z ${factsFile}, więc tutaj zostałoby pominięte. Wpisz je w ${factsFile} w tym samym folderze i usuń z tego pliku.`,
      en: `The field ${String(path.at(-1))} is a fact, the same in every language: the site reads the facts only from ${factsFile}, so here it would be ignored. Write it in ${factsFile} in the same folder and delete it from this file.`,
    });
  }
  return problems;
}

function stray(file: string, expected: string): Problem {
  return {
    file,
    code: 'stray-file',
    pl: `Ten plik nie jest częścią strony i zostałby pominięty. Treści leżą w ${expected} jako pliki .md (małymi literami). Jeśli to tekst strony, nadaj mu właściwą nazwę i miejsce; jeśli nie, przenieś go poza folder content/.`,
    en: `This file is not part of the site and would be left out. Content lives in ${expected} as .md files (lower case). If it is text for the site, give it the right name and place; if not, move it out of the content/ folder.`,
  };
}

/** Endings editors' programs add or use for a text file: `index.pl.md.txt`, `index.en.markdown`, `Index.PL.md`. */
const textEnding =
  /^\s*([a-z][a-z0-9-]*(?:\s*\.\s*(?!(?:md|mkd|txt)\b)[a-z]{2,3}(?=\s*\.))?)\s*((?:\.\s*(?:md|markdown|mdown|mkd|mkdn|txt|text))+)\s*$/i;

/**
 * The name a text file was meant to have, when its own differs only by case, spaces or an ending added
 * by an editor's program; `allowed` limits it to the names the folder knows.
 */
export function meantName(name: string, allowed?: readonly string[]): string | undefined {
  const match = textEnding.exec(name);
  if (!match) return undefined;
  const base = match[1]!.toLowerCase().replace(/\s/g, '');
  if (allowed && !allowed.includes(base)) return undefined;
  const meant = `${base}.md`;
  return meant === name ? undefined : meant;
}

function misnamed(file: string, name: string, meant: string, taken: boolean): Problem {
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  return {
    file,
    code: 'misnamed-file',
    value: name,
    pl: taken
      ? `Strona czyta tylko pliki o nazwie takiej jak „${meant}”, a ten nazywa się „${name}”, więc jego tekst zostałby pominięty. Obok jest już ${folder}${meant}: przenieś do niego to, czego w nim brakuje z tego pliku.`
      : `Strona czyta tylko pliki o nazwie takiej jak „${meant}”, a ten nazywa się „${name}”, więc jego tekst zostałby pominięty. Zmień nazwę pliku na ${meant} (małe litery, tylko końcówka .md). Na GitHubie: otwórz plik, kliknij ołówek i popraw nazwę w polu nad tekstem.`,
    en: taken
      ? `The site reads only files named like "${meant}", and this one is named "${name}", so its text would be left out. ${folder}${meant} already exists beside it: move into it whatever this file has that it lacks.`
      : `The site reads only files named like "${meant}", and this one is named "${name}", so its text would be left out. Rename the file to ${meant} (lower case, ending only in .md). On GitHub: open the file, click the pencil and correct the name in the box above the text.`,
  };
}

function notALocale(file: string, base: string): Problem {
  const others = localeList.replace(`${layout.factsFile}, `, '');
  return {
    file,
    code: 'not-a-locale',
    value: `${base}.md`,
    pl: `„${base}.md” nie jest nazwą pliku strony. W folderze miasta są: ${layout.factsFile} (fakty i tekst po polsku), ${others} (tekst w innym języku) i obrazy.`,
    en: `"${base}.md" is not a file name the site knows. A town's folder holds ${layout.factsFile} (the facts and the Polish text), ${others} (the text in another language) and pictures.`,
  };
}

/** A text file whose text below the fields is gone: its page would show none, with nothing said. */
function emptyText(file: ContentFile, source: MarkdownSource): Problem[] {
  if (!/^[\s\uFEFF\u00a0\u200b]*$/.test(source.body)) return [];
  const lines = file.text.split('\n');
  const closing = lines.findIndex((line, i) => i > 0 && /^(---|\+\+\+)\s*$/.test(line));
  return [
    {
      file: file.path,
      line: closing >= 0 ? closing + 1 : lines.length,
      code: 'empty-text',
      pl: 'Pod polami (pod drugą linią ---) nie ma tekstu, więc strona pokazałaby same pola, bez opisu współpracy. Jeśli tekst został usunięty przez pomyłkę, przywróć go (na GitHubie: zakładka History tego pliku); jeśli go jeszcze nie ma, napisz choć jeden akapit, np. „## Historia współpracy” i kilka zdań.',
      en: 'There is no text below the fields (below the second --- line), so the page would show only the fields, without the story of the partnership. If the text was deleted by mistake, bring it back (on GitHub: the History of this file); if there is none yet, write at least one paragraph, e.g. "## History of the partnership" and a few sentences.',
    },
  ];
}
