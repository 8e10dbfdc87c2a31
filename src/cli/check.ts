/**
 * `npm run check`: validates every file under content/ and prints every problem at once, in Polish and
 * English, with the translation coverage. Exits 1 if anything is wrong. On GitHub Actions it also prints
 * annotations, so each problem shows on its line in the pull request. It then warns (without failing)
 * when the accessibility statement is due for its yearly review, and lists every fact the town office
 * has still to confirm (which `npm run build:production` refuses to publish).
 *
 * Usage: npm run check [-- <project root>] [--json <file>]; `--json` also writes the report as JSON, with
 * the warnings under `warnings` (for the pull request's comment). `CONTENT_DIR` names another content folder (see src/model/layout.ts).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { accessibility, accessibilityWarnings } from '../config/accessibility.ts';
import { allUnconfirmedFacts } from '../config/unconfirmed.ts';
import { unconfirmedWarning } from '../model/confirmation.ts';
import { checkSiteContent } from '../config/check.ts';
import { formatReport, githubAnnotations } from '../features/check/index.ts';

const { values, positionals } = parseArgs({ options: { json: { type: 'string' } }, allowPositionals: true });
const root = resolve(positionals[0] ?? '.');
const report = await checkSiteContent(root);
// Warnings only: the statement's review date depends on today, and a build must not.
const unconfirmed = unconfirmedWarning(allUnconfirmedFacts());
const warnings = [...accessibilityWarnings(accessibility, new Date()), ...(unconfirmed ? [unconfirmed] : [])];
console.log(formatReport(report));
if (values.json) writeFileSync(values.json, `${JSON.stringify({ ...report, warnings }, null, 2)}\n`);
if (process.env.GITHUB_ACTIONS === 'true' && report.problems.length > 0) {
  console.log(githubAnnotations(report.problems));
}
process.exitCode = report.problems.length > 0 ? 1 : 0;

for (const warning of warnings) {
  console.log(`\nUwaga / Warning:\n  PL: ${warning.pl}\n  EN: ${warning.en}`);
  if (process.env.GITHUB_ACTIONS === 'true') {
    console.log(
      // A workflow command is one line: its line breaks are written %0A.
      `::warning file=src/config/accessibility.ts,title=Deklaracja dostępności::${warning.pl} / ${warning.en}`.replace(
        /\n/g,
        '%0A',
      ),
    );
  }
}
