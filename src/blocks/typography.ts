/**
 * Typography of text written in plain characters, applied where the text reaches a page: Markdown bodies,
 * frontmatter fields and the UI strings. Editors type ordinary spaces and straight quotes; the pages get
 * what each language's typography asks for. Pure functions, idempotent: running one twice changes nothing.
 */

export const nbsp = '\u00a0';

/** Polish one-letter words (conjunctions and prepositions) that must not end a line. */
const oneLetterWord = /(?<=^|[\s\u00a0(„“"'–—-])([aiouwzAIOUWZ]) +(?=\S)/g;
/** A number and the word after it: "40 km", "7 dni", "2019 r.", "15 lipca", "34-300 Żywiec". */
const numberThenWord = /(?<=\d|\{year\}) +(?=[\p{L}%§])/gu;
/** A dash between spaces must not start a line: the space before it is fixed. */
const spaceBeforeDash = / +(?=[–—] )/g;

/**
 * Polish rules for non-breaking spaces: after a one-letter word, between a number and the word or unit
 * that follows it ("r.", "km", a month), and before a spaced dash.
 */
export function polishSpaces(text: string): string {
  return text.replace(oneLetterWord, `$1${nbsp}`).replace(numberThenWord, nbsp).replace(spaceBeforeDash, nbsp);
}

/** Where a quote opens: at the start, or after a space, an opening bracket or a dash. */
const opensAfter = /[\s\u00a0([{–—-]/;

/**
 * English apostrophes and single quotes, as the Markdown renderer already writes them in the body:
 * "Żywiec's" → "Żywiec’s", "towns'" → "towns’", 'a' → ‘a’. A straight quote after a space (or at the
 * start) and before a letter opens; anywhere else it closes or is an apostrophe. Double quotes are left
 * alone: in the UI strings they belong to code examples such as {"pl": "…"}.
 */
export function englishQuotes(text: string): string {
  return text.replace(/'/g, (_, offset: number) => {
    const before = offset === 0 ? ' ' : text[offset - 1]!;
    const after = text[offset + 1];
    return opensAfter.test(before) && after !== undefined && !/\s/.test(after) ? '‘' : '’';
  });
}

/** The typography of a language applied to a text; languages without rules here pass through unchanged. */
export function typeset(text: string, lang: string): string {
  const primary = lang.toLowerCase().split('-')[0];
  if (primary === 'pl') return polishSpaces(text);
  if (primary === 'en') return englishQuotes(text);
  return text;
}

/** Applies `typeset` to every string in a nested object or array (a UI dictionary), keeping its shape. */
export function typesetAll<T>(value: T, lang: string): T {
  if (typeof value === 'string') return typeset(value, lang) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => typesetAll(item, lang)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typesetAll(item, lang)])) as T;
  }
  return value;
}
