import { getCollection, type CollectionEntry } from 'astro:content';
import { contentDir } from '../model/layout.ts';
import { isLocale, localeCodes, type Locale } from '../blocks/locales.ts';
import {
  contentFiles,
  crossRecordProblems,
  recordFile,
  type ContentRecords,
  type Read,
  type RecordFiles,
} from '../model/cross-record.ts';
import { formatProblem } from '../features/check/report.ts';

/** Where each record of the content folder lives, for the loaders' messages. */
export const recordFiles: RecordFiles = contentFiles(contentDir());

/**
 * Entries whose ids are `<name>/<lang>` grouped by name, then language. A language the site does not have
 * stops the build, naming the file (`file` says where an entry of a name and language lives).
 */
export function byName<T extends { id: string }>(
  entries: readonly T[],
  file: (name: string, lang: Locale) => string,
): Map<string, Map<Locale, T>> {
  const grouped = new Map<string, Map<Locale, T>>();
  for (const entry of entries) {
    const [name = '', lang] = entry.id.split('/');
    if (!isLocale(lang)) {
      throw new Error(
        `${file(name, lang as Locale)}: "${lang}" is not a language of the site. Use one of: ${localeCodes.join(', ')}.`,
      );
    }
    if (!grouped.has(name)) grouped.set(name, new Map());
    grouped.get(name)!.set(lang, entry);
  }
  return grouped;
}

/** A partner's text in another language as loaded, as a record of the rules across records. */
export interface LoadedText extends Read {
  entry: CollectionEntry<'translations'>;
}

/** Each partner's texts in the other languages, by slug and language; a blank file is marked as such. */
export function textsBySlug(
  translations: readonly CollectionEntry<'translations'>[],
): Map<string, Map<Locale, LoadedText>> {
  const grouped = byName(translations, recordFiles.text);
  return new Map(
    [...grouped].map(([slug, byLang]) => [
      slug,
      new Map([...byLang].map(([lang, entry]) => [lang, { entry, data: entry.data, blank: 'blank' in entry.data }])),
    ]),
  );
}

let checked: Promise<void> | undefined;

/**
 * Stops the build when the records contradict each other, with the content check's own messages. The
 * check runs before every build, so this is reached only when something bypasses it.
 */
export function assertRecordsAgree(): Promise<void> {
  checked ??= check();
  return checked;
}

async function check(): Promise<void> {
  const [partners, translations, pages] = await Promise.all([
    getCollection('partners'),
    getCollection('translations'),
    getCollection('pages'),
  ]);
  const records: ContentRecords = {
    facts: new Map(partners.map((p) => [p.id, p])),
    texts: textsBySlug(translations),
    // Page ids are `<lang>/<name>`: turned round to name first, like the texts.
    pages: byName(
      pages.map((p) => ({ id: p.id.split('/').reverse().join('/'), data: p.data })),
      recordFiles.page,
    ),
  };
  const problems = crossRecordProblems(records, recordFiles);
  if (problems.length === 0) return;
  throw new Error(
    `The content's records contradict each other (run \`npm run check\`):\n\n${problems
      .map(({ record, at: _, ...p }) => formatProblem({ file: recordFile(record, recordFiles), ...p }))
      .join('\n\n')}`,
  );
}
