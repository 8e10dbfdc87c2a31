import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isLocale, localeCodes, type Locale } from '../../i18n/locales.ts';
import { partnerSchema } from '../../schemas/partner.ts';
import { pageSchema, translationSchema } from '../../schemas/translation.ts';
import { markdownProblems } from './markdown-problems.ts';
import { sortProblems, type Problem } from './problem.ts';
import {
  contentFiles,
  crossRecordProblems,
  recordFile,
  type ContentRecords,
  type Read,
  type RecordRef,
} from './cross-record.ts';
import { imageReferenceProblems, isImageFile, type ImageFile } from './image-problems.ts';
import { placeProblems } from './place-problems.ts';
import { schemaProblems } from './schema-problems.ts';
import { readMarkdown, type MarkdownSource } from './source-file.ts';
import { slugPattern } from '../slug.ts';

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

const localeList = localeCodes.map((l) => `${l}.md`).join(', ');

/** Reads every file under `<root>/content` and checks it. */
export async function checkContentDir(root: string, contentDir = 'content'): Promise<CheckReport> {
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
  return checkContent(files, contentDir);
}

/**
 * Checks a set of content files: each against its schema and the Markdown rules, then the rules across
 * files (texts need their facts, events named in texts must exist, no partner twice). Every problem is
 * reported, not only the first.
 */
export async function checkContent(files: ContentFile[], contentDir = 'content'): Promise<CheckReport> {
  const problems: Problem[] = [];
  const images = new Map(files.flatMap((f) => (f.image ? [[f.path, f.image] as const] : [])));
  const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/'));
  const lint = (file: ContentFile) =>
    markdownProblems(file.path, file.text, (url) =>
      imageReferenceProblems({ file: file.path }, url, folderOf(file.path), images),
    );
  // Built once: a zod schema is costly to construct, cheap to run.
  const schemas = { partner: partnerSchema(), translation: translationSchema(), page: pageSchema() };
  const partners = new Map<string, { file: string; source?: MarkdownSource | undefined }>();
  const translations = new Map<string, Map<Locale, { file: string; source?: MarkdownSource | undefined }>>();
  const pages = new Map<string, Map<Locale, { file: string; source?: MarkdownSource | undefined }>>();

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
    if (file.image && (section === 'partners' || section === 'pages')) continue;

    const siblings = files.filter((f) => f.path.startsWith(`${contentDir}/${section}/${folder}/`)).map((f) => f.path);
    if (section === 'partners') {
      const meant =
        name !== undefined && deeper.length === 0 ? meantName(name, ['partner', ...localeCodes]) : undefined;
      if (meant) {
        problems.push(
          misnamed(file.path, name!, meant, siblings.includes(`${contentDir}/partners/${folder}/${meant}`)),
        );
        continue;
      }
      if (name === undefined || deeper.length > 0 || !name.endsWith('.md')) {
        problems.push(stray(file.path, `${contentDir}/partners/<slug>/`));
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
      if (base === 'partner') {
        const source = read(file);
        partners.set(folder!, { file: file.path, source });
        if (!source) continue;
        problems.push(...schemaProblems('partner', schemas.partner, source));
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
        if (source.body.trim() !== '') {
          problems.push({
            file: file.path,
            code: 'body-in-facts',
            pl: `partner.md zawiera tylko fakty między liniami ---. Tekst pod nimi nie zostałby nigdzie pokazany: przenieś go do pl.md lub en.md w tym samym folderze.`,
            en: `partner.md holds only the facts between the --- lines. Text below them would not be shown anywhere: move it to pl.md or en.md in the same folder.`,
          });
        }
      } else if (isLocale(base)) {
        const source = read(file);
        if (!translations.has(folder!)) translations.set(folder!, new Map());
        translations.get(folder!)!.set(base, { file: file.path, source });
        if (!source) continue;
        problems.push(...schemaProblems('translation', schemas.translation, source));
        problems.push(...emptyText(file, source));
        problems.push(...(await lint(file)));
      } else {
        problems.push(notALocale(file.path, base));
      }
    } else if (section === 'pages') {
      const meant = name !== undefined && deeper.length === 0 ? meantName(name) : undefined;
      if (meant) {
        problems.push(misnamed(file.path, name!, meant, siblings.includes(`${contentDir}/pages/${folder}/${meant}`)));
        continue;
      }
      if (name === undefined || deeper.length > 0 || !name.endsWith('.md')) {
        problems.push(stray(file.path, `${contentDir}/pages/<${localeCodes.join('|')}>/`));
        continue;
      }
      if (!isLocale(folder)) {
        problems.push({
          file: file.path,
          code: 'not-a-locale',
          value: folder!,
          pl: `Folder „${folder}” nie jest językiem strony. Strony tekstowe leżą w ${localeCodes.map((l) => `${contentDir}/pages/${l}/`).join(' lub ')}.`,
          en: `The folder "${folder}" is not a language of the site. Text pages go in ${localeCodes.map((l) => `${contentDir}/pages/${l}/`).join(' or ')}.`,
        });
        continue;
      }
      const source = read(file);
      const page = name.slice(0, -'.md'.length);
      if (!pages.has(page)) pages.set(page, new Map());
      pages.get(page)!.set(folder, { file: file.path, source });
      if (!source) continue;
      problems.push(...schemaProblems('page', schemas.page, source));
      problems.push(...emptyText(file, source));
      problems.push(...(await lint(file)));
    }
  }

  problems.push(...crossFileProblems(contentDir, partners, translations, pages));

  const coverage: CheckReport['coverage'] = {};
  for (const slug of [...partners.keys()].sort()) {
    coverage[slug] = Object.fromEntries(localeCodes.map((l) => [l, translations.get(slug)?.has(l) ?? false])) as Record<
      Locale,
      boolean
    >;
  }
  return { problems: sortProblems(problems), coverage, files: files.length };
}

type Sourced = { file: string; source?: MarkdownSource | undefined };

/** The rules across records, each problem placed in its file and, where it can be, on its line. */
function crossFileProblems(
  contentDir: string,
  partners: Map<string, Sourced>,
  translations: Map<string, Map<Locale, Sourced>>,
  pages: Map<string, Map<Locale, Sourced>>,
): Problem[] {
  const read = (s: Sourced): Read => ({ data: s.source?.data });
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
  return crossRecordProblems(records, files).map(({ record, at, ...problem }) => {
    const found = sourced(record);
    const where = at && found?.source?.locate(at.path, at.part);
    return {
      file: found?.file ?? recordFile(record, files),
      ...(where ? { line: where.line, column: where.column } : {}),
      ...problem,
    };
  });
}

function stray(file: string, expected: string): Problem {
  return {
    file,
    code: 'stray-file',
    pl: `Ten plik nie jest częścią strony i zostałby pominięty. Treści leżą w ${expected} jako pliki .md (małymi literami). Jeśli to tekst strony, nadaj mu właściwą nazwę i miejsce; jeśli nie, przenieś go poza folder content/.`,
    en: `This file is not part of the site and would be left out. Content lives in ${expected} as .md files (lower case). If it is text for the site, give it the right name and place; if not, move it out of the content/ folder.`,
  };
}

/** Endings editors' programs add or use for a text file: `pl.md.txt`, `en.markdown`, `PL.MD`. */
const textEnding = /^\s*([a-z][a-z0-9-]*)\s*((?:\.\s*(?:md|markdown|mdown|mkd|mkdn|txt|text))+)\s*$/i;

/**
 * The name a text file was meant to have, when its own differs only by case, spaces or an ending added
 * by an editor's program; `allowed` limits it to the names the folder knows.
 */
export function meantName(name: string, allowed?: readonly string[]): string | undefined {
  const match = textEnding.exec(name);
  if (!match) return undefined;
  const base = match[1]!.toLowerCase();
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
  return {
    file,
    code: 'not-a-locale',
    value: `${base}.md`,
    pl: `„${base}.md” nie jest nazwą pliku strony. W folderze miasta są: partner.md (fakty) oraz ${localeList} (tekst w danym języku).`,
    en: `"${base}.md" is not a file name the site knows. A town's folder holds partner.md (the facts) and ${localeList} (the text in each language).`,
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
