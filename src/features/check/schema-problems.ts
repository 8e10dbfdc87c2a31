import type { z } from 'astro/zod';
import { parsePartialDate } from '../../blocks/dates.ts';
import { fill } from '../../blocks/fill.ts';
import { impossibleDate as impossibleDateWords } from '../../model/events.ts';
import { ruleWords } from '../../model/rule-words.ts';
import { isCountryCode } from '../../model/countries.ts';
import { writtenDictionaries } from '../../i18n/ui/index.ts';
import type { UiDictionary } from '../../i18n/ui/schema.ts';
import { formatFieldPath, showValue, valueAt } from './field-path.ts';
import { fieldKey, helpOf, type SchemaField } from '../../model/schema-fields.ts';
import { exampleFor } from '../../model/field-meta.ts';
import type { RecordKind } from '../../model/records.ts';
import type { Problem } from '../../model/problem.ts';
import { isPlaceholder } from '../authoring/scaffold.ts';
import type { MarkdownSource } from './source-file.ts';
import { didYouMean } from '../../blocks/suggest.ts';
import { invisibleNote, revealInvisible, typedValueProblems } from './typed-values.ts';
import { buildDay, isPlanned, unplannableKinds } from '../../model/planned.ts';
import type { EventKind } from '../../model/events.ts';

type Issue = z.core.$ZodIssue;

/** What a type is called in a message, in each language. */
const typeNames: Record<string, [pl: string, en: string]> = {
  string: ['tekst', 'text'],
  number: ['liczba', 'a number'],
  int: ['liczba całkowita', 'a whole number'],
  boolean: ['tak/nie (true/false)', 'true or false'],
  object: ['zestaw pól wciętych pod tą nazwą', 'a set of fields indented under this name'],
  record: ['zestaw pól wciętych pod tą nazwą', 'a set of fields indented under this name'],
  array: [
    'lista: każda pozycja w osobnej linii zaczętej od „- ”',
    'a list: each item on its own line starting with "- "',
  ],
};

/**
 * Validates a record's frontmatter with its zod schema and turns every issue into a message an editor
 * can act on: the field, the value as typed, what is expected and an example, in Polish and English.
 */
/** A kind of record as the check knows it: its schema, and the guide of each of its fields. */
export interface RecordRules<S extends z.ZodType = z.ZodType> {
  kind: RecordKind;
  schema: S;
  /** Its fields by key (`events[].date`), with their descriptions. */
  fields: Readonly<Record<string, SchemaField>>;
}

/** `lang`: the language the file's texts are written in, for the examples shown. */
export function schemaProblems(rules: RecordRules, source: MarkdownSource, lang: string): Problem[] {
  const { kind, schema } = rules;
  const typed = typedValueProblems(kind, source);
  const problems = [...typed.problems, ...placeholders(source), ...dateRollovers(source), ...implausibleDates(source)];
  const rolled = new Set([...problems.map((p) => p.field), ...typed.fields]);
  const result = schema.safeParse(source.data);
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    for (const problem of issueProblems(rules, issue, source, lang)) {
      if (!rolled.has(problem.field)) problems.push(problem);
    }
  }
  return problems;
}

function issueProblems(rules: RecordRules, issue: Issue, source: MarkdownSource, lang: string): Problem[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => unknownField(rules, [...path, key], source));
  }
  const value = valueAt(source.data, path);
  const where = source.locate(path);
  const guide = rules.fields[fieldKey(path)];
  const field = formatFieldPath(path);
  const typed = unquote(where?.text) ?? showValue(value);
  const base = {
    file: source.file,
    ...(where ? { line: where.line, column: where.column } : {}),
    field,
    ...(value === undefined ? {} : { value: typed }),
  };
  const expect = expectation(path, guide, lang);

  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined || value === null) {
        return [
          {
            ...base,
            code: 'missing-field',
            pl: `Brakuje pola „${field}”${value === null ? ' (jest puste)' : ''}. ${expect.pl}`,
            en: `The field "${field}" is missing${value === null ? ' (it is empty)' : ''}. ${expect.en}`,
          },
        ];
      }
      const [pl, en] = typeNames[issue.expected] ?? [issue.expected, issue.expected];
      const hint = issue.expected === 'number' && typeof value === 'string' ? numberHint(value, path) : undefined;
      return [
        {
          ...base,
          code: 'wrong-type',
          pl: `„${typed}” nie jest wartością właściwego rodzaju: tu ma być ${pl}.${hint ? ` ${hint.pl}` : ''} ${expect.pl}`,
          en: `"${typed}" is the wrong kind of value: this must be ${en}.${hint ? ` ${hint.en}` : ''} ${expect.en}`,
        },
      ];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const isArea = fieldKey(path) === 'areas[]';
      const isKind = fieldKey(path) === 'events[].kind';
      // Staff think in the labels the site shows ("kultura"), not in the keys.
      const byLabel =
        typeof value === 'string' && (isArea || isKind)
          ? keyOfLabel(value, (ui) => (isArea ? ui.areaLabels : ui.eventKinds))
          : undefined;
      const suggestion = byLabel ?? (typeof value === 'string' ? didYouMean(value, options) : undefined);
      return [
        {
          ...base,
          code: isArea ? 'unknown-area' : 'invalid-value',
          pl: `${isArea ? `„${typed}” nie jest znanym obszarem współpracy.` : `„${typed}” nie jest dozwoloną wartością.`}${suggestion ? ` Czy chodziło o „${suggestion}”?` : ''} ${expect.pl}`,
          en: `${isArea ? `"${typed}" is not a known area of cooperation.` : `"${typed}" is not an allowed value.`}${suggestion ? ` Did you mean "${suggestion}"?` : ''} ${expect.en}`,
        },
      ];
    }
    case 'too_small':
    case 'too_big': {
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const small = issue.code === 'too_small';
      let pl: string;
      let en: string;
      if (issue.origin === 'string') {
        const length = typeof value === 'string' ? value.trim().length : 0;
        if (small && length === 0) {
          pl = `Pole „${field}” jest puste.`;
          en = `The field "${field}" is empty.`;
        } else {
          pl = `Tekst ma ${length} znaków, a może mieć ${small ? 'najmniej' : 'najwyżej'} ${limit}.`;
          en = `The text has ${length} characters; it must have ${small ? 'at least' : 'at most'} ${limit}.`;
        }
      } else if (issue.origin === 'array') {
        pl = `Lista musi mieć ${small ? 'co najmniej' : 'najwyżej'} ${limit} ${small && limit === 1 ? 'pozycję' : 'pozycji'}.`;
        en = `The list must have ${small ? 'at least' : 'at most'} ${limit} item${limit === 1 ? '' : 's'}.`;
      } else {
        pl = `Liczba ${typed} jest ${small ? 'za mała' : 'za duża'}: ${small ? 'najmniej' : 'najwyżej'} ${limit}.`;
        en = `The number ${typed} is too ${small ? 'small' : 'large'}: ${small ? 'at least' : 'at most'} ${limit}.`;
      }
      return [{ ...base, code: 'invalid-value', pl: `${pl} ${expect.pl}`, en: `${en} ${expect.en}` }];
    }
    case 'invalid_format': {
      const upper = typeof value === 'string' ? value.trim().toUpperCase() : '';
      const country = fieldKey(path) === 'country' && upper !== value && isCountryCode(upper);
      return [
        {
          ...base,
          code: 'invalid-value',
          pl: `„${typed}” nie ma właściwej postaci.${country ? ` Kod kraju pisz wielkimi literami: country: ${upper}.` : ''} ${expect.pl}`,
          en: `"${typed}" is not in the right form.${country ? ` Write the country code in capitals: country: ${upper}.` : ''} ${expect.en}`,
        },
      ];
    }
    case 'custom':
      return [customProblem(issue, typed, base, expect)];
    default:
      return [
        {
          ...base,
          code: 'invalid-value',
          pl: `Niepoprawna wartość. ${expect.pl}`,
          en: `${issue.message} ${expect.en}`,
        },
      ];
  }
}

function customProblem(
  issue: Issue,
  typed: string,
  base: Omit<Problem, 'code' | 'pl' | 'en'>,
  expect: { pl: string; en: string },
): Problem {
  const words = ruleWords(issue);
  if (!words) {
    return {
      ...base,
      code: 'invalid-value',
      pl: `Niepoprawna wartość „${typed}”. ${expect.pl}`,
      en: `"${typed}" is not valid. ${expect.en}`,
    };
  }
  const said = (text: string) => fill(text, { value: typed });
  if (words.code !== 'bad-date') return { ...base, code: words.code, pl: said(words.pl), en: said(words.en) };
  // A date in the wrong form: when the date meant is beyond doubt, say how to write it.
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(typed.trim());
  // Word turns hyphens into dashes and a minus sign.
  const dashed = typed.trim().replace(/[‐‑‒–—−]/g, '-');
  const undashed = dashed !== typed.trim() && parsePartialDate(dashed).ok;
  const hint = undashed
    ? [
        ` Zamiast łącznika „-” jest w niej półpauza lub inna kreska (wstawia ją edytor tekstu). Wpisz: ${/^\d{4}-\d{2}$/.test(dashed) ? `'${dashed}'` : dashed}.`,
        ` It holds a dash or minus sign instead of the hyphen "-" (word processors put it there). Write: ${/^\d{4}-\d{2}$/.test(dashed) ? `'${dashed}'` : dashed}.`,
      ]
    : dotted
      ? [
          ` Zapisz ją od roku: ${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}.`,
          ` Write it year first: ${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}.`,
        ]
      : ['', ''];
  return { ...base, code: words.code, pl: `${said(words.pl)}${hint[0]}`, en: `${said(words.en)}${hint[1]}` };
}

function impossibleDate(base: Omit<Problem, 'code' | 'pl' | 'en'>, typed: string): Problem {
  const said = (text: string) => fill(text, { value: typed });
  return {
    ...base,
    code: impossibleDateWords.code,
    pl: said(impossibleDateWords.pl),
    en: said(impossibleDateWords.en),
  };
}

/**
 * YAML reads an unquoted `1996-02-30` as a timestamp and rolls it over to 1 March without a word, so
 * the schema sees a valid date. Compares every date with the text typed for it and reports the rollover.
 */
function dateRollovers(source: MarkdownSource): Problem[] {
  const found: Problem[] = [];
  // Locating values parses the YAML again: only worth it when some date as typed is not a real one.
  if (!typesImpossibleDate(source.frontmatter)) return found;
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (value instanceof Date) {
      const typed = unquote(source.locate(path)?.text);
      const day = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(typed ?? '');
      const iso = Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
      if (day && `${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}` !== iso) {
        const where = source.locate(path);
        found.push(
          impossibleDate(
            {
              file: source.file,
              ...(where ? { line: where.line, column: where.column } : {}),
              field: formatFieldPath(path),
              value: typed!,
            },
            typed!,
          ),
        );
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(source.data, []);
  return found;
}

/** Whether the text has a date-like `YYYY-MM-DD` that no calendar has (the only kind YAML rolls over). */
export function typesImpossibleDate(text: string): boolean {
  for (const [, y, m, d] of text.matchAll(/(\d{4})-(\d{1,2})-(\d{1,2})/g)) {
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (
      date.getUTCFullYear() !== Number(y) ||
      date.getUTCMonth() !== Number(m) - 1 ||
      date.getUTCDate() !== Number(d)
    ) {
      return true;
    }
  }
  return false;
}

/** A `TODO` left by `npm run new-partner` where a value should be. */
function placeholders(source: MarkdownSource): Problem[] {
  const found: Problem[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string' && isPlaceholder(value)) {
      const where = source.locate(path);
      found.push({
        file: source.file,
        ...(where ? { line: where.line, column: where.column } : {}),
        field: formatFieldPath(path),
        value,
        code: 'placeholder',
        pl: 'Zastąp TODO właściwą wartością (komentarz nad polem mówi, co wpisać) albo usuń linię, jeśli pole jest nieobowiązkowe.',
        en: 'Replace TODO with the real value (the comment above the field says what to write), or delete the line if the field is optional.',
      });
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object' && !(value instanceof Date))
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(source.data, []);
  return found;
}

function unknownField(rules: RecordRules, path: PropertyKey[], source: MarkdownSource): Problem {
  const name = String(path[path.length - 1]);
  const known = knownKeys(rules, path.slice(0, -1));
  const suggestion = didYouMean(name, known);
  const where = source.locate(path, 'key');
  return {
    file: source.file,
    ...(where ? { line: where.line, column: where.column } : {}),
    field: formatFieldPath(path),
    value: revealInvisible(name),
    code: 'unknown-field',
    pl: `Nieznane pole „${revealInvisible(name)}”.${suggestion ? ` Czy chodziło o „${suggestion}”?` : ''}${invisibleNote(name).pl} Dozwolone pola tutaj: ${known.join(', ')}.`,
    en: `Unknown field "${revealInvisible(name)}".${suggestion ? ` Did you mean "${suggestion}"?` : ''}${invisibleNote(name).en} The fields allowed here: ${known.join(', ')}.`,
  };
}

/** The field names allowed in the object at a path, read from the guide (kept equal to the schema). */
export function knownKeys(rules: RecordRules, objectPath: readonly PropertyKey[]): string[] {
  const prefix = fieldKey(objectPath);
  const start = prefix === '' ? '' : `${prefix}.`;
  return Object.keys(rules.fields)
    .filter((k) => k.startsWith(start) && k.length > start.length)
    .map((k) => k.slice(start.length))
    .filter((k) => !/[.[]/.test(k) && k !== '*');
}

/** "What to write": the guide's explanation, the allowed values and an example. */
function expectation(path: readonly PropertyKey[], guide: SchemaField | undefined, lang: string) {
  if (!guide) return { pl: '', en: '' };
  const last = path.filter((p) => typeof p === 'string').at(-1);
  const name = String(last ?? '');
  const values = guide.values ? ` Dozwolone: ${guide.values.join(', ')}.` : '';
  const valuesEn = guide.values ? ` Allowed: ${guide.values.join(', ')}.` : '';
  const listItem = typeof path.at(-1) === 'number';
  const shown = exampleFor(guide.description, lang);
  const example = shown ? (listItem ? `- ${shown}` : `${name}: ${shown}`) : '';
  return {
    pl: `${helpOf(guide, 'pl')}${values}${example ? ` Przykład: ${example}` : ''}`,
    en: `${helpOf(guide, 'en')}${valuesEn}${example ? ` Example: ${example}` : ''}`,
  };
}

function unquote(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  return /^(['"]).*\1$/s.test(t) ? t.slice(1, -1) : t;
}

/**
 * Why a typed number is text, when the number meant is clear: a decimal comma (`49,43`), a minus sign
 * or dash from a word processor (`−3.1`), a space, or degrees and minutes (`49°26′N`).
 */
function numberHint(raw: string, path: readonly PropertyKey[]): { pl: string; en: string } | undefined {
  const text = raw.trim();
  const name = String(path.at(-1));
  const dms =
    /^(-?\d+(?:[.,]\d+)?)\s*°\s*(?:(\d+(?:[.,]\d+)?)\s*[′']\s*)?(?:(\d+(?:[.,]\d+)?)\s*(?:″|"|'')\s*)?([NSEW])?$/i.exec(
      text,
    );
  if (dms) {
    const n = (s: string | undefined) => Number((s ?? '0').replace(',', '.'));
    const sign = /[SW]/i.test(dms[4] ?? '') || dms[1]!.startsWith('-') ? -1 : 1;
    const decimal = sign * (Math.abs(n(dms[1])) + n(dms[2]) / 60 + n(dms[3]) / 3600);
    const fixed = Number(decimal.toFixed(4));
    return {
      pl: `To zapis w stopniach i minutach; strona potrzebuje stopni dziesiętnych (na południe i zachód ze znakiem minus). Wpisz: ${name}: ${fixed}.`,
      en: `That is degrees and minutes; the site needs decimal degrees (south and west with a minus sign). Write: ${name}: ${fixed}.`,
    };
  }
  const cleaned = text
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (cleaned === text || !/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  const reasons: [string, string][] = [];
  if (/,/.test(text))
    reasons.push([
      'część dziesiętną oddziel kropką, nie przecinkiem',
      'separate the decimals with a point, not a comma',
    ]);
  if (/[‐‑‒–—−]/.test(text))
    reasons.push([
      'minus wpisz zwykłym łącznikiem „-”, nie półpauzą ani znakiem minus z edytora tekstu',
      'type the minus as a plain hyphen "-", not a dash or a minus sign from a word processor',
    ]);
  if (/[\s\u00a0\u202f]/.test(text)) reasons.push(['bez spacji w liczbie', 'no spaces inside the number']);
  const note = invisibleNote(text);
  return {
    pl: `${reasons
      .map((r) => r[0])
      .join('; ')
      .replace(/^./, (c) => c.toUpperCase())}. Wpisz: ${name}: ${cleaned}.${note.pl}`,
    en: `${reasons
      .map((r) => r[1])
      .join('; ')
      .replace(/^./, (c) => c.toUpperCase())}. Write: ${name}: ${cleaned}.`,
  };
}

/** The key whose label in any language is the typed text (`kultura` → `culture`). */
function keyOfLabel(typed: string, labels: (ui: UiDictionary) => Record<string, string>): string | undefined {
  const wanted = typed.trim().toLocaleLowerCase('pl');
  for (const ui of Object.values(writtenDictionaries())) {
    const found = Object.entries(labels(ui)).find(([, label]) => label.toLocaleLowerCase('pl') === wanted);
    if (found) return found[0];
  }
  return undefined;
}

/** Years no partnership of the town can have: a typo such as 1095 or 2205 would be published as typed. */
export const plausibleYears = { from: 1900, ahead: 10 } as const;

function implausibleDates(source: MarkdownSource): Problem[] {
  const events = Array.isArray(source.data.events) ? (source.data.events as unknown[]) : [];
  const latest = new Date().getUTCFullYear() + plausibleYears.ahead;
  return events.flatMap((event, index) => {
    const value = (event as { date?: unknown } | null)?.date;
    const parsed = value === undefined ? undefined : parsePartialDate(value);
    if (!parsed?.ok) return [];
    const path = ['events', index, 'date'];
    const kind = (event as { kind?: unknown } | null)?.kind as EventKind;
    /** The date's problem at its place in the file (found only for a problem: it costs a second parse). */
    const dateProblem = (words: { pl: string; en: string }): Problem => {
      const where = source.locate(path);
      return {
        file: source.file,
        ...(where ? { line: where.line, column: where.column } : {}),
        field: formatFieldPath(path),
        value: parsed.date.iso,
        code: 'implausible-date',
        ...words,
      };
    };
    if (unplannableKinds.includes(kind) && isPlanned(parsed.date, buildDay())) {
      const { pl, en } = writtenDictionaries();
      const label = { pl: pl.eventKinds[kind], en: en.eventKinds[kind] };
      return [
        dateProblem({
          pl: `Data ${parsed.date.iso} jest jeszcze przed nami, a „${label.pl}” nie może być planowany: to chwila, która już nastąpiła. Sprawdź datę w dokumentach albo wybierz inny rodzaj wydarzenia (np. wizytę, która zostanie pokazana jako planowana).`,
          en: `The date ${parsed.date.iso} is still to come, and a "${label.en}" cannot be planned: it is a moment that has already happened. Check the date in the documents or choose another kind (e.g. a visit, which is shown as planned).`,
        }),
      ];
    }
    if (parsed.date.year >= plausibleYears.from && parsed.date.year <= latest) return [];
    return [
      dateProblem({
        pl: `Rok ${parsed.date.year} wygląda na literówkę: wydarzenia partnerstwa mieszczą się między ${plausibleYears.from} a ${latest} rokiem. Sprawdź rok w dokumentach.`,
        en: `The year ${parsed.date.year} looks like a typo: the partnership's events fall between ${plausibleYears.from} and ${latest}. Check the year in the documents.`,
      }),
    ];
  });
}
