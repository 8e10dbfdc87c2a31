/**
 * The pull request's tests, for its workflow:
 *
 *   node src/cli/pr-tests.ts scope changed.z
 *     prints `content` (only the editors' files changed: the tests over the live content) or `all`;
 *   node src/cli/pr-tests.ts report --scope all [--results vitest.json] --out tests-part.json
 *     writes the comment's tests line in each language (`{ "pl": …, "en": … }`) from vitest's JSON report;
 *     no report (the tests never ran to the end) gives a line saying so.
 *
 * `changed.z` is `git diff -z --name-status <base> HEAD` output.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { testScope, type TestScope } from '../features/pull-request/scope.ts';
import { testsParts, testsResult, type VitestJson } from '../features/pull-request/tests-report.ts';
import { parseNameStatus } from '../features/pull-request/touched-pages.ts';
import { editorFolders } from '../config/cms.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    scope: { type: 'string' },
    results: { type: 'string' },
    out: { type: 'string' },
  },
});

const [command, file] = positionals;
if (command === 'scope' && file) {
  console.log(testScope(parseNameStatus(readFileSync(file, 'utf8')), editorFolders));
} else if (command === 'report' && values.out && (values.scope === 'content' || values.scope === 'all')) {
  const scope: TestScope = values.scope;
  let report: VitestJson | undefined;
  try {
    if (values.results && existsSync(values.results)) report = JSON.parse(readFileSync(values.results, 'utf8'));
  } catch {
    report = undefined;
  }
  writeFileSync(values.out, JSON.stringify(testsParts(testsResult(report, scope, resolve('.')))));
} else {
  console.error('Usage: pr-tests.ts scope <changed.z> | pr-tests.ts report --scope content|all [--results f] --out f');
  process.exit(2);
}
