/**
 * Writes a pull request's report (comment and job summary, Polish then English) from the files its
 * workflow leaves behind. Usage:
 *
 *   node src/cli/pr-report.ts --changed changed.z --base /repo/pr-7/ [--check check.json]
 *     [--build-log build.log --build-failed] (--preview https://… | --fork) --comment comment.md --summary summary.md
 *
 * `--changed` is `git diff -z --name-status` output; `--check` the report of `npm run check -- --json`;
 * `--build-log` the build's output, quoted when `--build-failed` and the check found nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CheckReport } from '../features/check/index.ts';
import { pullRequestComment, pullRequestReport, type Preview } from '../features/pull-request/report.ts';
import { testScope } from '../features/pull-request/scope.ts';
import { parseNameStatus, touchedPages } from '../features/pull-request/touched-pages.ts';
import { editorFolders } from '../config/cms.ts';

const { values } = parseArgs({
  options: {
    changed: { type: 'string' },
    base: { type: 'string', default: '/' },
    check: { type: 'string' },
    'build-log': { type: 'string' },
    'build-failed': { type: 'boolean', default: false },
    preview: { type: 'string' },
    fork: { type: 'boolean', default: false },
    comment: { type: 'string' },
    summary: { type: 'string' },
  },
});

const read = (file: string | undefined) => (file && existsSync(file) ? readFileSync(file, 'utf8') : undefined);
const checkText = read(values.check);
const check = checkText
  ? (JSON.parse(checkText) as CheckReport & { warnings?: { pl: string; en: string }[] })
  : undefined;
const failed = values['build-failed'];
// A failed check stops the build: the check's report is the story then, not the build's log.
const buildError = failed && check?.problems.length === 0 ? (read(values['build-log']) ?? '') : undefined;
const preview: Preview =
  values.preview && !failed ? { url: values.preview } : { missing: values.fork ? 'fork' : 'build-failed' };
const changed = parseNameStatus(read(values.changed) ?? '');
const report = {
  ...(check ? { check } : {}),
  ...(buildError !== undefined ? { buildError } : {}),
  ...(check?.warnings?.length ? { warnings: check.warnings } : {}),
  preview,
  touched: touchedPages(changed, values.base),
  // The tests run in a job of their own; it replaces this line when they end.
  tests: { state: 'running' as const, scope: testScope(changed, editorFolders) },
};

const summary = pullRequestReport(report);
if (values.summary) writeFileSync(values.summary, summary);
if (values.comment) writeFileSync(values.comment, pullRequestComment(report));
if (!values.summary && !values.comment) process.stdout.write(summary);
