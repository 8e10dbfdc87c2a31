import { getCollection } from 'astro:content';
import { contentDir } from '../config/content.ts';
import { isLocale, localeCodes, type Locale } from '../i18n/locales.ts';
import {
  contentFiles,
  crossRecordProblems,
  recordFile,
  type ContentRecords,
  type Read,
} from '../lib/content-check/cross-record.ts';
import { formatProblem } from '../lib/content-check/report.ts';

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
  const files = contentFiles(contentDir());
  const byLocale = (entries: { id: string; data: unknown }[], file: (id: string) => string) => {
    const grouped = new Map<string, Map<Locale, Read>>();
    for (const entry of entries) {
      const [name, lang] = splitId(entry.id, file(entry.id));
      if (!grouped.has(name)) grouped.set(name, new Map());
      grouped.get(name)!.set(lang, { data: entry.data as Read['data'] });
    }
    return grouped;
  };
  const records: ContentRecords = {
    facts: new Map(partners.map((p) => [p.id, { data: p.data }])),
    texts: byLocale(translations, translationFile),
    // Page ids are `<lang>/<name>`: turned round to name first, like the texts.
    pages: byLocale(
      pages.map((p) => ({ id: p.id.split('/').reverse().join('/'), data: p.data })),
      (id) => `${contentDir()}/pages/${id.split('/').reverse().join('/')}.md`,
    ),
  };
  const problems = crossRecordProblems(records, files);
  if (problems.length === 0) return;
  throw new Error(
    `The content's records contradict each other (run \`npm run check\`):\n\n${problems
      .map(({ record, at: _, ...p }) => formatProblem({ file: recordFile(record, files), ...p }))
      .join('\n\n')}`,
  );
}

/** The file of a partner's text, from its collection id `<slug>/<lang>`. */
export const translationFile = (id: string) => `${contentDir()}/partners/${id}.md`;

/** `<name>/<lang>` → its parts, refusing a file whose name is no language of the site. */
export function splitId(id: string, file: string): [string, Locale] {
  const [name, lang] = id.split('/');
  if (!name || !isLocale(lang)) {
    throw new Error(`${file}: "${lang}" is not a language of the site. Use one of: ${localeCodes.join(', ')}.`);
  }
  return [name, lang];
}
