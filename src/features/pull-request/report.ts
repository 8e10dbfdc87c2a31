/**
 * The pull request's comment and job summary, written from the content check's report and the build's
 * result: Polish first, then English. Pure, so it is tested on real reports without GitHub.
 */
import type { CheckReport } from '../check/index.ts';
import type { Problem } from '../../model/problem.ts';
import { editorLangs, editorWords, type EditorLang } from '../../i18n/editors/index.ts';
import { testsPart, type TestsResult } from './tests-report.ts';
import type { TouchedPages } from './touched-pages.ts';

/** Marks the comment so that each push updates it instead of adding another. */
export const reportMarker = '<!-- partner-cities-pr-report -->';

/** GitHub refuses comments over 65,536 characters; the summary takes 1 MiB. */
export const commentLimit = 60_000;

export type Preview =
  | { url: string }
  /** No preview: a fork gets no token that can publish, or the build failed. */
  | { missing: 'fork' | 'build-failed' };

export interface PullRequestReport {
  /** The content check's report; absent if it did not run to the end. */
  check?: Pick<CheckReport, 'problems' | 'files'>;
  /** The build's own error output, when Astro failed although the content check passed. */
  buildError?: string;
  /** What the check warns about without failing (e.g. the accessibility statement's yearly review). */
  warnings?: { pl: string; en: string }[];
  preview: Preview;
  touched: TouchedPages;
  /** The tests' line: running when the comment is first written, replaced by their job when they end. */
  tests?: TestsResult;
}

type Lang = EditorLang;

const words = (lang: Lang) => editorWords[lang].pullRequest;

/** Inline code that survives any backticks in the text. */
export function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\n/g, ' ')}${pad}${fence}`;
}

/** Plain text in Markdown: no HTML, no mentions, no accidental formatting. */
export function plain(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#@~])/g, '\\$1');
}

/** A block of program output, fenced longer than any fence inside it. */
function block(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

/** Strips terminal colours and keeps the end of a long log, where the error is. */
export function buildErrorText(log: string, maxLines = 60): string {
  // eslint-disable-next-line no-control-regex
  const lines = log
    .replace(/\x1b\[[0-9;]*m/g, '')
    .trimEnd()
    .split('\n');
  return (lines.length > maxLines ? ['…', ...lines.slice(-maxLines)] : lines).join('\n');
}

function problemLine(p: Problem, lang: Lang): string {
  const w = words(lang);
  const where = code(`${p.file}${p.line ? `:${p.line}` : ''}`);
  const details = [
    where,
    p.field && `${w.field} ${code(p.field)}`,
    p.value !== undefined && `${w.value} ${code(p.value)}`,
    `[${p.code}]`,
  ]
    .filter(Boolean)
    .join(' · ');
  return `- ${details}  \n  ${plain(p[lang]).replace(/\n/g, '  \n  ')}`;
}

function section(report: PullRequestReport, lang: Lang, limit: number): string {
  const w = words(lang);
  const out: string[] = [`## ${w.heading}`, '', `**${w.preview}:** `];
  const { preview, touched } = report;
  const previewUrl = 'url' in preview ? preview.url.replace(/\/?$/, '/') : undefined;
  if (previewUrl) out[out.length - 1] += w.previewReady(previewUrl);
  else out[out.length - 1] += 'missing' in preview && preview.missing === 'fork' ? w.fork : w.buildFailed;

  out.push('', `**${w.pages}:**`);
  if (touched.everything) out.push('', w.everything);
  const origin = previewUrl ? new URL(previewUrl).origin : undefined;
  const links = touched.pages.map(({ paths }) => {
    const path = paths[lang];
    return `- ${origin ? `[${plain(path)}](${origin}${path})` : code(path)}`;
  });
  if (links.length > 0) out.push('', ...links);
  if (touched.removed.length > 0) out.push('', w.removed(touched.removed.map((s) => code(s)).join(', ')));
  if (!touched.everything && links.length === 0 && touched.removed.length === 0) out.push('', w.noPages);

  out.push('', `**${w.check}:** `);
  if (!report.check) out[out.length - 1] += w.checkMissing;
  else if (report.check.problems.length === 0) out[out.length - 1] += w.clean(report.check.files);
  else {
    const { problems } = report.check;
    out[out.length - 1] += w.problems(problems.length);
    const shown = problems.slice(0, limit);
    out.push('', ...shown.map((p) => problemLine(p, lang)));
    if (shown.length < problems.length) out.push('', w.more(problems.length - shown.length));
  }

  if (report.warnings && report.warnings.length > 0) {
    out.push('', `**${w.warnings}:**`, '', ...report.warnings.map((warning) => `- ${plain(warning[lang])}`));
  }

  if (report.buildError) out.push('', `**${w.build}:** ${w.buildIntro}`, '', block(buildErrorText(report.buildError)));
  if (report.tests) out.push('', testsPart(report.tests, lang));
  return out.join('\n');
}

/**
 * The report as Markdown: the marker, the Polish section, then the English one. With `limit`, at most that
 * many problems per language are listed (the comment has a size cap; the job summary gets them all).
 */
export function pullRequestReport(report: PullRequestReport, limit = Infinity): string {
  return (
    [reportMarker, editorLangs.map((lang) => section(report, lang, limit)).join('\n\n---\n\n')].join('\n\n') + '\n'
  );
}

/** The comment: every problem if it fits GitHub's cap, else as many as fit, pointing to the summary. */
export function pullRequestComment(report: PullRequestReport): string {
  const all = pullRequestReport(report);
  if (all.length <= commentLimit) return all;
  let limit = report.check?.problems.length ?? 0;
  let text = all;
  while (text.length > commentLimit && limit > 0) {
    limit = Math.floor(limit * 0.8);
    text = pullRequestReport(report, limit);
  }
  return text;
}
