import { stringify } from 'yaml';
import { defaultLocale, localeCodes, type Locale } from '../../blocks/locales.ts';
import type { Problem, ProblemCode } from '../../model/problem.ts';
import { checkContent, type ContentFile } from '../check/check-content.ts';
import type { HomeTown } from '../../model/home-town.ts';
import { contentFiles } from '../../model/layout.ts';

/**
 * One partner as the form holds it before saving: the Polish fields (facts and Polish texts, `body` the
 * story) and, for every other language, its fields, or nothing when that language was left blank.
 */
export interface FormEntry {
  /** The folder's name; a new partner has none yet. */
  slug?: string | undefined;
  data: Record<string, unknown>;
  texts: Partial<Record<Locale, Record<string, unknown> | undefined>>;
}

/**
 * What the form cannot judge before saving and the pull request's check judges after: whether a picture
 * file exists, its size (the upload is not in the repository yet), and the home page, which is not part of
 * a partner's form.
 */
const notForTheForm: readonly ProblemCode[] = ['missing-image', 'unsupported-image', 'huge-image', 'missing-page'];

/** The name a partner's folder gets before it has one (any slug the check accepts). */
const newSlug = 'nowe-miasto';

/** A value as Decap keeps it, without the empty leftovers of fields left blank. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, clean(v)] as const)
      .filter(([, v]) => v !== undefined && v !== null && v !== '');
    return Object.fromEntries(entries);
  }
  return value;
}

/** A record's file as Decap writes it: the fields between `---` lines, the story below. */
export function formFile(fields: Record<string, unknown>): string {
  const { body, ...rest } = clean(fields) as Record<string, unknown>;
  const frontmatter = Object.keys(rest).length > 0 ? stringify(rest, { lineWidth: 0 }) : '';
  return `---\n${frontmatter}---\n${typeof body === 'string' ? body : ''}\n`;
}

/**
 * The content check's problems with one partner's form, as the pull request's check would report them on
 * the files the form writes: the Polish file, and each other language's file (blank when left blank).
 */
export async function formProblems(entry: FormEntry, town: HomeTown, contentDir = 'content'): Promise<Problem[]> {
  const where = contentFiles(contentDir);
  const slug = entry.slug || newSlug;
  const folder = where.facts(slug).slice(0, where.facts(slug).lastIndexOf('/'));
  const files: ContentFile[] = [{ path: where.facts(slug), text: formFile(entry.data) }];
  for (const lang of localeCodes) {
    if (lang === defaultLocale) continue;
    const text = entry.texts[lang];
    const written = text && Object.values(clean(text) as object).length > 0;
    if (written) files.push({ path: where.text(slug, lang), text: formFile(text) });
  }
  const report = await checkContent(files, { town, contentDir });
  return report.problems.filter((p) => !notForTheForm.includes(p.code) && p.file.startsWith(`${folder}/`));
}

/** Which column of the form a problem's file is: "PL", "EN". */
export const columnOf = (file: string): string =>
  (/\.([a-z]{2,3})\.md$/.exec(file)?.[1] ?? defaultLocale).toUpperCase();

/** What to do in the form, where it differs from what to do in the file. */
const inTheForm: Partial<Record<ProblemCode, (p: Problem) => string>> = {
  'unknown-event': (p) =>
    `W formularzu: pokaż drugi język obok (przycisk „Pokaż drugi język obok”) — teksty wydarzenia „${p.value}”, usuniętego w kolumnie PL, znikną z kolumny ${columnOf(p.file)} same. Potem zapisz jeszcze raz.`,
};

/** The problems as the form shows them: each with its column and field, in Polish with the English after. */
export function formMessage(problems: readonly Problem[]): string {
  const lines = problems.map((p) => {
    const where = [`kolumna ${columnOf(p.file)}`, p.field].filter(Boolean).join(', ');
    const todo = inTheForm[p.code]?.(p);
    return `• (${where}) ${p.pl}${todo ? `\n  ${todo}` : ''}\n  [EN] ${p.en}`;
  });
  return `Treść nie przejdzie sprawdzenia, więc nie została zapisana. Popraw:\n${lines.join('\n')}`;
}
