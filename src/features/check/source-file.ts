import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from '../../model/problem.ts';

/**
 * A Markdown file read the way Astro reads it: the frontmatter through Astro's own parser (js-yaml,
 * the same function and version), so what passes here passes the build. A second, position-keeping
 * parse (the `yaml` package) only serves to point at lines and to quote values as they were typed.
 */
export interface MarkdownSource {
  file: string;
  /** The frontmatter as Astro hands it to the schema (`{}` when there is none). */
  data: Record<string, unknown>;
  /** The Markdown after the frontmatter. */
  body: string;
  /** The frontmatter as typed, between the `---` lines. */
  frontmatter: string;
  /** Where a field path lies in the file, and its text as typed. */
  locate(
    path: readonly PropertyKey[],
    at?: 'key' | 'value',
  ): { line: number; column: number; text?: string } | undefined;
}

export type ReadResult = { ok: true; source: MarkdownSource } | { ok: false; problem: Problem };

/** js-yaml's reasons, with what they usually mean for a person typing YAML. */
const yamlReasons: [RegExp, string, string][] = [
  [/duplicated mapping key/, 'To samo pole wpisano dwa razy.', 'The same field is written twice.'],
  [/tab characters/, 'Do wcięć używaj spacji, nie tabulatora.', 'Indent with spaces, not tabs.'],
  [
    /bad indentation|end of the stream or a document separator/,
    'Wcięcia się nie zgadzają: pola tego samego poziomu muszą zaczynać się w tej samej kolumnie.',
    'The indentation does not line up: fields at the same level must start in the same column.',
  ],
  [
    /unexpected end of the stream within a (single|double) quoted scalar|missed comma|unexpected end/,
    'Brakuje zamykającego cudzysłowu lub nawiasu.',
    'A closing quote or bracket is missing.',
  ],
  [
    /incomplete explicit mapping pair|can not read a block mapping entry|multiline key/,
    'Po nazwie pola musi stać dwukropek i spacja, np. „name: Riom”. Tekst z dwukropkiem weź w cudzysłów.',
    'A field name must be followed by a colon and a space, e.g. "name: Riom". Put text containing a colon in quotes.',
  ],
];

const frontmatterStart = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)/;

/** Reads one Markdown file's text, or says why it cannot be read. */
export function readMarkdown(file: string, text: string): ReadResult {
  if (text.trim() === '') {
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        code: 'empty-file',
        pl: 'Plik jest pusty. Wypełnij go albo usuń; wzór pól znajdziesz w content/README.md (lub użyj `npm run new-partner`).',
        en: 'The file is empty. Fill it in or delete it; content/README.md shows the fields (or use `npm run new-partner`).',
      },
    };
  }

  const unreadable = text.indexOf('\uFFFD');
  if (unreadable >= 0) return { ok: false, problem: encodingProblem(file, text, unreadable) };

  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(text, { frontmatter: 'remove' });
  } catch (error) {
    return { ok: false, problem: yamlProblem(file, text, error) };
  }

  const { rawFrontmatter } = parsed;
  if (rawFrontmatter === '') {
    const unclosed = frontmatterStart.test(text);
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        code: 'no-frontmatter',
        pl: unclosed
          ? 'Brakuje zamykającej linii --- pod polami, więc żadne pole nie zostałoby odczytane. Dopisz --- w osobnej linii po ostatnim polu.'
          : 'Plik musi zaczynać się od pól między dwiema liniami ---, np.\n---\nname: Riom\n---\nWzór pól jest w content/README.md.',
        en: unclosed
          ? 'The closing --- line below the fields is missing, so no field would be read. Add --- on a line of its own after the last field.'
          : 'The file must begin with fields between two --- lines, e.g.\n---\nname: Riom\n---\ncontent/README.md shows the fields.',
      },
    };
  }
  // rawFrontmatter begins right after the opening `---`, so its line 1 is the opening line itself.
  const openLine = lineOf(text, text.search(frontmatterStart) + (text.match(frontmatterStart)?.[0].length ?? 0));

  // The position-keeping parse costs as much as the check itself: only done when a problem needs a line.
  let parsedDoc: { root: unknown; lineCounter: LineCounter } | undefined;
  const doc = () => {
    if (!parsedDoc) {
      const lineCounter = new LineCounter();
      const document = parseDocument(rawFrontmatter, { lineCounter, strict: false, uniqueKeys: false });
      parsedDoc = { root: document.contents, lineCounter };
    }
    return parsedDoc;
  };

  const data = parsed.frontmatter as unknown;
  const looksEmpty = Array.isArray(data) || Object.keys(parsed.frontmatter).length === 0;
  if (looksEmpty && doc().root && !isMap(doc().root)) {
    return {
      ok: false,
      problem: {
        file,
        line: openLine + 1,
        code: 'wrong-type',
        value: rawFrontmatter.trim().split('\n')[0] ?? '',
        pl: 'Między liniami --- muszą stać pola w postaci „nazwa: wartość”, każde w osobnej linii, np. „name: Riom”.',
        en: 'Between the --- lines there must be fields written as "name: value", one per line, e.g. "name: Riom".',
      },
    };
  }

  const position = (offset: number) => {
    const { line, col } = doc().lineCounter.linePos(offset);
    return { line: openLine + line - 1, column: col };
  };

  const locate: MarkdownSource['locate'] = (path, at = 'value') => {
    // Walk the YAML along the path; where the path goes deeper than what was typed (a missing field),
    // point at the deepest part that exists.
    const { root } = doc();
    let node: unknown = root;
    let found: Node | undefined = isMap(root) ? root : undefined;
    for (const part of path) {
      let next: unknown;
      let key: Node | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part));
        key = pair?.key as Node | undefined;
        next = pair ? (pair.value ?? pair.key) : undefined;
      } else if (isSeq(node) && typeof part === 'number') {
        next = node.items[part];
      }
      if (next === undefined) {
        node = undefined;
        break;
      }
      node = next;
      found = at === 'key' && key ? key : (next as Node);
    }
    if (!found?.range) return { line: openLine, column: 1 };
    const [start, valueEnd] = found.range;
    const complete = node !== undefined && found === node && isScalar(node);
    return { ...position(start), ...(complete ? { text: rawFrontmatter.slice(start, valueEnd) } : {}) };
  };

  return {
    ok: true,
    source: { file, data: parsed.frontmatter, body: parsed.content, frontmatter: rawFrontmatter, locate },
  };
}

/**
 * A file saved in another encoding than UTF-8 (Windows-1250, "ANSI" in Notepad): read as UTF-8, each of
 * its Polish letters becomes U+FFFD, which the pages would publish as it is.
 */
function encodingProblem(file: string, text: string, index: number): Problem {
  const line = lineOf(text, index);
  const start = text.lastIndexOf('\n', index - 1) + 1;
  return {
    file,
    line,
    column: index - start + 1,
    code: 'wrong-encoding',
    value: text.slice(start, text.indexOf('\n', index) === -1 ? undefined : text.indexOf('\n', index)).trim(),
    pl: 'Plik nie jest zapisany w kodowaniu UTF-8 (np. zapisano go w Notatniku jako „ANSI” albo w Windows-1250), więc polskie litery zamieniły się w znaki „�”. Otwórz plik i zapisz go ponownie jako UTF-8 (w Notatniku: Plik → Zapisz jako → Kodowanie: UTF-8), a jeśli litery są już zepsute, wpisz je na nowo.',
    en: 'The file is not saved in UTF-8 (e.g. Notepad saved it as "ANSI", or as Windows-1250), so its Polish letters turned into "�". Open the file and save it again as UTF-8 (in Notepad: File → Save as → Encoding: UTF-8); if the letters are already broken, type them again.',
  };
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

function yamlProblem(file: string, text: string, error: unknown): Problem {
  const e = error as { reason?: string; message?: string; mark?: { line: number; column: number } };
  const reason = e.reason ?? e.message ?? String(error);
  const known = yamlReasons.find(([pattern]) => pattern.test(reason));
  // js-yaml counts lines from the frontmatter's opening line (0-based), which is the file's line 1 here.
  const start = text.search(frontmatterStart);
  const openLine = start >= 0 ? lineOf(text, start + (text.match(frontmatterStart)?.[0].length ?? 0)) : 1;
  const lines = text.split('\n');
  let line = e.mark ? openLine + e.mark.line : undefined;
  let column = e.mark ? e.mark.column + 1 : undefined;
  // An unclosed quote is reported where the file ends: point at the line that opened it instead.
  const unclosed = /within a (single|double) quoted scalar/.exec(reason);
  if (unclosed) {
    const quote = unclosed[1] === 'single' ? "'" : '"';
    const opensUnclosed = (l: string) => {
      const value = new RegExp(`^\\s*(?:- )?[\\w.-]+:\\s+${quote}(.*)$`).exec(l);
      return value !== null && !value[1]!.includes(quote);
    };
    const opened = lines.findIndex((l, i) => i >= openLine && opensUnclosed(l));
    if (opened >= 0) {
      line = opened + 1;
      column = lines[opened]!.indexOf(quote) + 1;
    }
  }
  const lineText = line ? (lines[line - 1] ?? '') : '';
  const explained = explainLine(lineText);
  return {
    file,
    ...(line ? { line, ...(column ? { column } : {}) } : {}),
    ...(explained ? { field: explained.field, value: explained.value } : {}),
    code: 'yaml-syntax',
    pl: `Błąd składni YAML (${reason}). ${explained?.pl ?? known?.[1] ?? 'Sprawdź wcięcia (spacje), dwukropek po nazwie pola i cudzysłowy w tej linii i w linii powyżej.'}`,
    en: `YAML syntax error (${reason}). ${explained?.en ?? known?.[2] ?? 'Check the indentation (spaces), the colon after the field name and the quotes on this line and the one above.'}`,
  };
}

/**
 * The usual cause of a syntax error, read from the line itself where it is clear: a value holding a
 * colon and a space (YAML takes it for a second field), or a quote opened straight and closed curly.
 */
function explainLine(lineText: string): { field: string; value: string; pl: string; en: string } | undefined {
  const pair = /^(\s*(?:- )?)([\w.-]+):[ \t]+(.*?)\s*$/.exec(lineText);
  if (!pair) return undefined;
  const [, , field, value] = pair as unknown as [string, string, string, string];
  const quoted = `${field}: '${value.replace(/^["'„“”‘’]|["'„“”‘’]$/g, '').replace(/'/g, "''")}'`;
  if (/^["']/.test(value) && /[„“”‘’]/.test(value)) {
    return {
      field,
      value,
      pl: `Cudzysłów otwarty prostym znakiem ${value[0]} zamyka się drukarskim (${value.match(/[„“”‘’]/)![0]}), więc YAML szuka końca tekstu aż do końca pliku. Użyj prostych apostrofów z obu stron: ${quoted}`,
      en: `The quote opened with a straight ${value[0]} is closed with a typographic one (${value.match(/[„“”‘’]/)![0]}), so YAML looks for the end of the text until the end of the file. Use straight quotes on both sides: ${quoted}`,
    };
  }
  if (!/^["'[{|>]/.test(value) && /:(\s|$)/.test(value)) {
    return {
      field,
      value,
      pl: `Tekst pola „${field}” zawiera dwukropek ze spacją („: ”), więc YAML czyta go jako kolejne pole. Weź całą wartość w proste apostrofy: ${quoted}`,
      en: `The text of "${field}" holds a colon and a space (": "), so YAML reads it as another field. Put the whole value in straight quotes: ${quoted}`,
    };
  }
  return undefined;
}
