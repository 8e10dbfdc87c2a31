import type { HomeTown } from '../../model/home-town.ts';
import { recordKinds, recordSchemas, textLanguagesOf, type RecordKind } from '../../model/records.ts';
import { exampleFor } from '../../model/field-meta.ts';
import { choiceLabels } from './field-choices.ts';
import { schemaFields } from '../../model/schema-fields.ts';

type Lang = 'pl' | 'en';

const headings: Record<Lang, [string, string, string, string]> = {
  pl: ['Pole', 'W formularzu', 'Co wpisać', 'Przykład'],
  en: ['Field', 'In the form', 'What to write', 'Example'],
};

const allowed: Record<Lang, string> = { pl: 'Dozwolone', en: 'Allowed' };

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/** The guide's table of a record's fields in one language, from the descriptions on the schema. */
export function fieldTable(kind: RecordKind, lang: Lang, town: HomeTown): string {
  // A text's example in the reader's language where this kind of file is written in it.
  const languages = textLanguagesOf(kind);
  const exampleLang = languages.includes(lang) ? lang : languages[0]!;
  const rows = schemaFields(recordSchemas(town)[kind]()).map((field) => {
    const d = field.description;
    const example = exampleFor(d, exampleLang);
    const labels = d && field.values ? choiceLabels(d, field.values) : undefined;
    const values = field.values
      ? ` ${allowed[lang]}: ${field.values.map((v, i) => (labels ? `${code(v)} (${labels[i]![lang]})` : code(v))).join(', ')}.`
      : '';
    return [
      code(field.key),
      d?.label[lang] ?? '',
      `${d?.help[lang] ?? ''}${values}`,
      example !== undefined ? code(example) : '',
    ].map(cell);
  });
  const head = headings[lang];
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

const marker = (kind: string, end: boolean) => `<!-- ${end ? '/' : ''}fields:${kind} -->`;

/**
 * The guide with its field tables replaced by freshly generated ones. Each table sits between
 * `<!-- fields:<kind> -->` and `<!-- /fields:<kind> -->`, so the prose around it stays hand-written.
 */
export function withFieldTables(guide: string, lang: Lang, town: HomeTown): string {
  let out = guide;
  for (const kind of recordKinds) {
    const start = out.indexOf(marker(kind, false));
    const end = out.indexOf(marker(kind, true));
    if (start < 0 || end < start) continue;
    out = `${out.slice(0, start)}${marker(kind, false)}\n\n${fieldTable(kind, lang, town)}\n\n${out.slice(end)}`;
  }
  return out;
}

/** The kinds whose table a guide holds (between markers). */
export function tablesIn(guide: string): RecordKind[] {
  return recordKinds.filter((kind) => guide.includes(marker(kind, false)) && guide.includes(marker(kind, true)));
}

/** The editors' guides, by language, relative to the project root. */
export const editorsGuides = { pl: 'content/README.md', en: 'content/README.en.md' } as const;
