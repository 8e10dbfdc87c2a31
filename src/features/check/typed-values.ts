import { formatFieldPath } from './field-path.ts';
import type { RecordKind } from '../../model/records.ts';
import { fieldKey } from '../../model/schema-fields.ts';
import type { Problem } from '../../model/problem.ts';
import type { MarkdownSource } from './source-file.ts';

/** Quotation marks word processors and phones type instead of YAML's straight ' and ". */
const curlyQuotes = '“”„‟‘’‚‛«»‹›「」';
const curly = new RegExp(`[${curlyQuotes}]`);

/** Characters that cannot be seen but make a code differ from itself: no-break and zero-width spaces, soft hyphen, tab. */
const invisible = /[\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff\u00ad\t]/;

const invisibleNames: Record<string, [pl: string, en: string]> = {
  '\u00a0': ['twarda spacja', 'no-break space'],
  '\u2007': ['twarda spacja', 'no-break space'],
  '\u202f': ['wąska twarda spacja', 'narrow no-break space'],
  '\u00ad': ['miękki łącznik', 'soft hyphen'],
  '\t': ['tabulator', 'tab'],
};

/** Fields whose value is prose, where a no-break space is good typography, not a mistake. */
const proseFields: Record<RecordKind, string[]> = {
  partner: ['name', 'ownName', 'region', 'description', 'events[].title', 'events[].venue'],
  translation: ['name', 'region', 'description', 'events[].title', 'events[].venue'],
  page: ['title', 'description'],
};

/** A value shown with its invisible characters made visible: `PL⟨U+00A0⟩`. */
export function revealInvisible(text: string): string {
  return text.replace(
    new RegExp(invisible.source, 'g'),
    (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}

/** A sentence naming the invisible characters in a text, or empty strings when it has none. */
export function invisibleNote(text: string): { pl: string; en: string } {
  const found = [...new Set([...text].filter((c) => invisible.test(c)))];
  if (found.length === 0) return { pl: '', en: '' };
  const names = found.map((c) => invisibleNames[c] ?? ['niewidoczny znak', 'invisible character']);
  return {
    pl: ` Wartość zawiera niewidoczny znak (${names.map((n) => n[0]).join(', ')}) — zwykle wklejony z edytora tekstu: usuń go i wpisz wartość na nowo.`,
    en: ` The value holds an invisible character (${names.map((n) => n[1]).join(', ')}), usually pasted from a word processor: delete it and type the value again.`,
  };
}

/** How a value must be typed in YAML to mean exactly `text`. */
function asYaml(text: string): string {
  const needsQuotes = /^\d{4}-\d{1,2}$/.test(text) || /: |^[-?:,[\]{}#&*!|>'"%@`]|\s#/.test(text);
  return needsQuotes ? `'${text.replace(/'/g, "''")}'` : text;
}

/**
 * Values as typed that YAML reads differently from what the editor meant: a value wrapped in typographic
 * quotes (the quotes would be published as part of it), and codes holding invisible characters.
 * Returns the problems and the fields they cover, whose schema messages would only confuse.
 */
export function typedValueProblems(
  kind: RecordKind,
  source: MarkdownSource,
): { problems: Problem[]; fields: Set<string> } {
  const problems: Problem[] = [];
  const fields = new Set<string>();
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const trimmed = value.trim();
      const suspect = (curly.test(trimmed[0] ?? '') && curly.test(trimmed.at(-1) ?? '')) || invisible.test(value);
      // Locating re-parses the YAML: only done for a value that may be wrong.
      if (!suspect) return;
      const where = source.locate(path);
      const typed = where?.text?.trim();
      const field = formatFieldPath(path);
      const base = {
        file: source.file,
        ...(where ? { line: where.line, column: where.column } : {}),
        field,
      };
      const name = String(path.filter((p) => typeof p === 'string').at(-1) ?? field);
      const inner = value.trim().slice(1, -1).trim();
      // Only a value typed without YAML quotes: '„Beskidy”' in straight quotes is meant as it is.
      const wrapped =
        typed === value.trim() &&
        value.trim().length >= 2 &&
        curly.test(value.trim()[0]!) &&
        curly.test(value.trim().at(-1)!) &&
        !curly.test(inner);
      if (wrapped) {
        const fix = `${name}: ${asYaml(inner)}`;
        fields.add(field);
        problems.push({
          ...base,
          value: value.trim(),
          code: 'typographic-quotes',
          pl: `Wartość jest ujęta w cudzysłów drukarski (${value.trim()[0]}…${value.trim().at(-1)}), który trafiłby na stronę razem z nią — zwykle wstawia go edytor tekstu zamiast zwykłego. Wpisz: ${fix}${/^\d{4}-\d{1,2}$/.test(inner) ? ' (data z samym miesiącem w prostych apostrofach)' : ''}. Jeśli cudzysłów ma być widoczny, ujmij całość w proste apostrofy: ${name}: '${value.trim()}'.`,
          en: `The value is wrapped in typographic quotes (${value.trim()[0]}…${value.trim().at(-1)}), which would be published as part of it — word processors type them instead of plain ones. Write: ${fix}${/^\d{4}-\d{1,2}$/.test(inner) ? ' (a month-only date in straight quotes)' : ''}. If the quotes are meant to show, wrap it all in straight quotes: ${name}: '${value.trim()}'.`,
        });
        return;
      }
      if (!proseFields[kind].includes(fieldKey(path)) && invisible.test(value)) {
        fields.add(field);
        const note = invisibleNote(value);
        problems.push({
          ...base,
          value: revealInvisible(value),
          code: 'invisible-character',
          pl: `„${revealInvisible(value)}” nie jest tym, czym wygląda.${note.pl} Powinno być: ${name}: ${asYaml(value.replace(new RegExp(invisible.source, 'g'), ' ').trim())}`,
          en: `"${revealInvisible(value)}" is not what it looks like.${note.en} It should read: ${name}: ${asYaml(value.replace(new RegExp(invisible.source, 'g'), ' ').trim())}`,
        });
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object' && !(value instanceof Date))
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(source.data, []);
  return { problems, fields };
}
