/**
 * The tests' line in the pull request's comment. The comment is published as soon as the check and the
 * build are done, saying that the tests are running; the tests' own job replaces that line when they end
 * (passed, or the failing tests' names). Each language's line sits between markers of its own, so the
 * replacement touches nothing else in the comment.
 */
import { editorLangs, editorWords, type EditorLang } from '../../i18n/editors/index.ts';
import type { TestScope } from './scope.ts';

type Lang = EditorLang;

export type TestsResult =
  | { state: 'running'; scope?: TestScope }
  | { state: 'passed'; scope: TestScope; count: number }
  | { state: 'failed'; scope: TestScope; failed: string[] }
  /** The tests' job ended without a result (its installation failed, or it was stopped). */
  | { state: 'no-result'; scope?: TestScope };

/** Markers around each language's line; the comment's updater replaces what lies between them. */
export const testsMarkers = (lang: Lang) => [`<!-- tests:${lang} -->`, `<!-- /tests:${lang} -->`] as const;

/** At most this many failing tests are named; the run's log has them all. */
export const namedFailures = 30;

const words = (lang: Lang) => editorWords[lang].tests;

/** One test's name as Markdown text, safe inside a list item. */
const name = (text: string) => `\`${text.replace(/`/g, "'").replace(/\s+/g, ' ')}\``;

/** The tests' part of one language's section, markers included. */
export function testsPart(result: TestsResult, lang: Lang): string {
  const w = words(lang);
  const [open, close] = testsMarkers(lang);
  const lines = [`**${w.label}${result.scope ? w.scope[result.scope] : ''}:** `];
  if (result.state === 'running') lines[0] += w.running;
  else if (result.state === 'passed') lines[0] += w.passed(result.count);
  else if (result.state === 'no-result') lines[0] += w.noResult;
  else {
    lines[0] += w.failed(result.failed.length);
    const shown = result.failed.slice(0, namedFailures);
    lines.push('', ...shown.map((t) => `- ${name(t)}`));
    if (shown.length < result.failed.length) lines.push('', w.more(result.failed.length - shown.length));
  }
  return [open, ...lines, close].join('\n');
}

/** Both languages' parts, as the tests' job hands them to the job that updates the comment. */
export function testsParts(result: TestsResult): Record<Lang, string> {
  return Object.fromEntries(editorLangs.map((lang) => [lang, testsPart(result, lang)])) as Record<Lang, string>;
}

/**
 * The comment with each language's tests part replaced. A comment without the markers (written before
 * they existed) is returned unchanged. The comment's updater in `pr.yml` does exactly this.
 */
export function withTestsParts(comment: string, parts: Record<Lang, string>): string {
  let out = comment;
  for (const lang of editorLangs) {
    const [open, close] = testsMarkers(lang);
    const start = out.indexOf(open);
    const end = out.indexOf(close, start);
    if (start === -1 || end === -1) continue;
    out = out.slice(0, start) + parts[lang] + out.slice(end + close.length);
  }
  return out;
}

/** What vitest's JSON reporter writes (`--reporter=json --outputFile=…`), the part read here. */
export interface VitestJson {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  success: boolean;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string }[];
  }[];
}

/**
 * The result from vitest's JSON report: each failing test by file and full name; a file that failed with
 * no failing test (its setup failed) by its file alone.
 */
export function testsResult(report: VitestJson | undefined, scope: TestScope, root = ''): TestsResult {
  if (!report) return { state: 'no-result', scope };
  const relative = (file: string) =>
    root && file.startsWith(root) ? file.slice(root.length).replace(/^\//, '') : file;
  const failed = report.testResults.flatMap((file) => {
    const tests = file.assertionResults.filter((t) => t.status === 'failed');
    if (tests.length > 0) return tests.map((t) => `${relative(file.name)} › ${t.fullName}`);
    return file.status === 'failed' ? [relative(file.name)] : [];
  });
  if (failed.length > 0 || !report.success) {
    return failed.length > 0 ? { state: 'failed', scope, failed } : { state: 'no-result', scope };
  }
  return { state: 'passed', scope, count: report.numPassedTests };
}
