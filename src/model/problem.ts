/**
 * One thing wrong in the content, as an editor needs to hear it: which file, where in it, which field,
 * what was typed, and what to write instead — in Polish (the editors' language) and in English.
 */
export interface Problem {
  /** Path from the project root, with forward slashes: `content/partners/riom/index.pl.md`. */
  file: string;
  /** 1-based line and column in the file, when known. */
  line?: number;
  column?: number;
  /** Field path as an editor reads it: `events[1].date`, `coordinates.latitude`. */
  field?: string;
  /** The value as typed in the file (or a short rendering of it). */
  value?: string;
  /** Stable identifier of the kind of problem (documented in content/README.md). */
  code: ProblemCode;
  /** The message in Polish, then in English: what is wrong and what to write, with an example. */
  pl: string;
  en: string;
}

/** Every kind of problem; each is explained in content/README.md and README.en.md. */
export const problemCodes = [
  'empty-file',
  'wrong-encoding',
  'no-frontmatter',
  'yaml-syntax',
  'unknown-field',
  'missing-field',
  'wrong-type',
  'invalid-value',
  'bad-date',
  'impossible-date',
  'bad-website',
  'unknown-area',
  'duplicate',
  'duplicate-partner',
  'unknown-event',
  'missing-venue',
  'orphan-translation',
  'old-layout',
  'facts-in-translation',
  'not-a-locale',
  'bad-slug',
  'stray-file',
  'hostile-markup',
  'raw-html',
  'unsafe-link',
  'heading-level-1',
  'markdown-style',
  'placeholder',
  'unknown-country',
  'scope-country',
  'coordinates-not-in-country',
  'coordinates-swapped',
  'typographic-quotes',
  'invisible-character',
  'misnamed-file',
  'empty-text',
  'link-without-scheme',
  'heading-without-space',
  'plain-text-list',
  'implausible-date',
  'missing-image',
  'remote-image',
  'unsupported-image',
  'huge-image',
  'missing-alt',
  'missing-page',
] as const;

export type ProblemCode = (typeof problemCodes)[number];

/** Sorts problems by file, then line, so a report reads top to bottom through each file. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
