/**
 * Finding a town's name in built files, however it is written: declined ("Żywca", "Żywcu"), in an
 * identifier or address ("zywiec", "locator-zywiec", "www.zywiec.pl"), percent-encoded ("%C5%BCywiec"),
 * as an HTML entity ("&#380;ywiec"), a JSON or JavaScript escape ("\u017cywiec"), folded to ASCII
 * ("Zywcu"), or escaped as iCalendar and CSV escape text. Each occurrence is then either the content's own text — a
 * phrase of a Markdown body or a frontmatter string, which the site shows as written — or a trace the
 * code left.
 */
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { remark } from 'remark';
import { parse as parseYaml } from 'yaml';

/** ASCII folding: "Żywiec" → "Zywiec", "Kłodzko" → "Klodzko" (ł has no decomposition). */
export function foldAscii(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
}

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  zdot: 'ż',
  Zdot: 'Ż',
  lstrok: 'ł',
  Lstrok: 'Ł',
};

/**
 * One plain form of a file's text for searching: every escape the formats here use decoded, spaces of
 * any kind as one space, quotes and apostrophes of any shape as straight ones, and letters folded to
 * ASCII. The same function is applied to the content's text, so a phrase compares equal in both.
 */
export function plainForm(text: string): string {
  return foldAscii(
    text
      // iCalendar folds long lines with a line break and a space.
      .replace(/\r?\n[ \t]/g, '')
      .replace(/(?:%[0-9a-f]{2})+/gi, (m) => {
        try {
          return decodeURIComponent(m);
        } catch {
          return m;
        }
      })
      .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/\\[nrt]/g, ' ')
      .replace(/\\([,;"'\\/])/g, '$1')
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/&([a-z]+);/gi, (whole, name: string) => namedEntities[name] ?? whole)
      // CSV doubles a quote inside a quoted field.
      .replace(/""/g, '"'),
  )
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/\u00ad/g, '')
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ');
}

/** A file's bytes as text: gzip and brotli (precompressed files, Pagefind's files) are unpacked first. */
export function fileText(name: string, bytes: Buffer): string {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return fileText(name, gunzipSync(bytes));
  if (name.endsWith('.br')) return fileText(name.slice(0, -3), brotliDecompressSync(bytes));
  return bytes.toString('utf8');
}

/** Binary formats with no text in them to search (pictures, fonts). */
export const binaryExtensions = /\.(png|jpe?g|webp|avif|gif|ico|woff2?)(\.(gz|br))?$/i;

export interface Occurrence {
  /** Position in the plain form. */
  at: number;
  /** The plain form around it, for a message. */
  context: string;
}

/**
 * Every occurrence of a town's stem (the start its names share, folded to ASCII: "zyw" for Żywiec,
 * "klodzk" for Kłodzko) in a plain form, in any case, except inside an ordinary word of the language:
 * `ordinary` decides that from the letters around it.
 */
export function occurrences(
  plain: string,
  stem: string,
  ordinary: (before: string, found: string, after: string) => boolean = () => false,
): Occurrence[] {
  const found: Occurrence[] = [];
  const pattern = new RegExp(stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
  for (const m of plain.matchAll(pattern)) {
    const at = m.index;
    if (ordinary(plain.slice(Math.max(0, at - 1), at), m[0], plain.slice(at + m[0].length, at + m[0].length + 1)))
      continue;
    found.push({ at, context: plain.slice(Math.max(0, at - 40), at + 40) });
  }
  return found;
}

/**
 * Polish words with the letters "żyw"/"zyw" that have nothing to do with Żywiec: używać, nazywać,
 * nawiązywanie, pokazywać, na żywo, żywność… There the letters go on with anything but "i" or "c". Every
 * form of the town's name continues with "iec" or "c" (Żywiec, Żywca, Żywcu, Żywcem, żywiecki, Żywczanie),
 * also inside an identifier or a camel-case part (signed-zywiec, distanceFromZywiec, umzywiec).
 */
export function ordinaryPolishWord(_before: string, _found: string, after: string): boolean {
  return !/^[ic]$/i.test(after);
}

/** A phrase of the content around one occurrence of the stem: the occurrence is `offset` characters in. */
export interface Phrase {
  text: string;
  offset: number;
}

/** Every text a record shows as written: its frontmatter's strings and keys but `place`, and its body. */
export function contentTexts(source: string): string[] {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  const [frontmatter, body] = match ? [match[1]!, match[2]!] : ['', source];
  const texts: string[] = [];
  const walk = (value: unknown, key?: string) => {
    // `place` is a keyword the code reads, never text shown as written.
    if (key === 'place') return;
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        texts.push(k);
        walk(v, k);
      }
    }
  };
  walk(parseYaml(frontmatter) as unknown);
  // Markdown: the text of each block (paragraph, heading, table cell) with its inline markup left out,
  // as a reader reads it; a picture's description stands alone, as the page's `alt` does.
  type Node = { type: string; value?: string; alt?: string | null; children?: Node[] };
  const inline = (node: Node): string =>
    node.type === 'image'
      ? ''
      : node.type === 'break'
        ? '\n'
        : (node.value ?? (node.children ?? []).map(inline).join(''));
  const visit = (node: Node) => {
    if (['paragraph', 'heading', 'tableCell'].includes(node.type)) texts.push(inline(node));
    else if (node.type === 'code' && node.value) texts.push(node.value);
    if (node.alt) texts.push(node.alt);
    for (const child of node.children ?? []) visit(child);
  };
  visit(remark().parse(body) as Node);
  return texts;
}

/**
 * The phrases of the content's texts around each occurrence of the stem: up to `reach` characters either
 * side, never past the text's own ends. A built file's occurrence is the content's own when one of these
 * phrases stands there, aligned on it.
 */
export function contentPhrases(
  texts: readonly string[],
  stem: string,
  ordinary?: Parameters<typeof occurrences>[2],
  reach = 30,
): Phrase[] {
  const phrases = new Map<string, Phrase>();
  for (const text of texts) {
    const plain = plainForm(text);
    for (const { at } of occurrences(plain, stem, ordinary)) {
      const start = Math.max(0, at - reach);
      const phrase = { text: plain.slice(start, at + stem.length + reach), offset: at - start };
      phrases.set(`${phrase.offset}:${phrase.text}`, phrase);
    }
  }
  return [...phrases.values()];
}

/**
 * Whether an occurrence in a plain form is one of the content's phrases, read as text: the tags of
 * inline markup around it (`signed in <strong>Żywiec</strong> and…`) are left out on both sides.
 */
export function isContent(plain: string, at: number, phrases: readonly Phrase[]): boolean {
  const tags = /<[^<>]*>/g;
  const before = plain.slice(Math.max(0, at - 400), at).replace(tags, '');
  const after = plain.slice(at, at + 400).replace(tags, '');
  return phrases.some((p) => before.endsWith(p.text.slice(0, p.offset)) && after.startsWith(p.text.slice(p.offset)));
}

/** The words of the content's texts that hold the stem, lower-case and folded ("zywca", "zywiecki"). */
export function contentWords(texts: readonly string[], stem: string, ordinary?: Parameters<typeof occurrences>[2]) {
  const words = new Set<string>();
  for (const text of texts) {
    const plain = plainForm(text).toLowerCase();
    for (const { at } of occurrences(plain, stem, ordinary)) words.add(/^[a-z]+/.exec(plain.slice(at))![0]);
  }
  return words;
}

/**
 * Whether an occurrence in a search index (isolated words, each a word of the pages or its stem: "zywc"
 * for "Żywca") is a word of the content: the index word and a content word, read from the stem on, are
 * one the start of the other.
 */
export function isContentWord(plain: string, at: number, words: ReadonlySet<string>): boolean {
  const word = /^[a-z]+/.exec(plain.slice(at).toLowerCase())![0];
  return [...words].some((w) => w.startsWith(word) || word.startsWith(w));
}
