import { localeCodes, defaultLocale } from '../../blocks/locales.ts';
import type { CheckReport } from './check-content.ts';
import type { Problem } from '../../model/problem.ts';
import { editorWords } from '../../i18n/editors/index.ts';

/** `content/partners/riom/index.pl.md:23:11` */
function location(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}`;
}

const indent = (text: string, prefix: string) => text.split('\n').join(`\n${prefix}`);

/** One problem as a block of text: where, which field and value, then Polish and English. */
export function formatProblem(p: Problem): string {
  const head = [
    location(p),
    p.field && `pole / field: ${p.field}`,
    p.value !== undefined && `wartość / value: ${p.value}`,
    `kod / code: ${p.code}`,
  ]
    .filter(Boolean)
    .join('  ·  ');
  return `✗ ${head}\n    PL: ${indent(p.pl, '        ')}\n    EN: ${indent(p.en, '        ')}`;
}

/** Translation coverage: which languages each partner's text exists in. */
export function formatCoverage(coverage: CheckReport['coverage']): string {
  const slugs = Object.keys(coverage);
  if (slugs.length === 0) return '';
  const width = Math.max(...slugs.map((s) => s.length));
  const lines = slugs.map((slug) => {
    const cells = localeCodes.map((l) => `${l} ${coverage[slug]![l] ? '✓' : '–'}`).join('   ');
    const missing = localeCodes.filter((l) => !coverage[slug]![l] && l !== defaultLocale);
    const note = missing.length
      ? `   brak tłumaczenia: strona ${missing.join(', ')} pokazuje tekst polski / not translated: the ${missing.join(', ')} page shows the Polish text`
      : '';
    return `  ${slug.padEnd(width)}   ${cells}${note}`;
  });
  const done = slugs.filter((s) => localeCodes.every((l) => coverage[s]![l])).length;
  return [`Tłumaczenia / Translations (${done}/${slugs.length} complete):`, ...lines].join('\n');
}

/** The whole report as printed by `npm run check` and by a failed build. */
export function formatReport(report: CheckReport): string {
  const { problems } = report;
  const files = new Set(problems.map((p) => p.file)).size;
  const out: string[] = [];
  if (problems.length > 0) {
    out.push(problems.map(formatProblem).join('\n\n'), '');
    out.push(
      editorWords.pl.check.problems(problems.length, files),
      editorWords.en.check.problems(problems.length, files),
    );
  } else {
    out.push(`${editorWords.pl.check.valid(report.files)} / ${editorWords.en.check.valid(report.files)}`);
  }
  const coverage = formatCoverage(report.coverage);
  if (coverage) out.push('', coverage);
  return out.join('\n');
}

/** Escapes text for a GitHub Actions workflow command (`::error …::message`). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The problems as GitHub Actions annotations: each shows on the file and line in the pull request's
 * diff. https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export function githubAnnotations(problems: Problem[]): string {
  return problems
    .map((p) => {
      const props = [
        `file=${escapeProperty(p.file)}`,
        ...(p.line ? [`line=${p.line}`] : []),
        ...(p.column ? [`col=${p.column}`] : []),
        `title=${escapeProperty(p.field ? `${p.code}: ${p.field}` : p.code)}`,
      ].join(',');
      const value = p.value !== undefined ? `(${p.value}) ` : '';
      return `::error ${props}::${escapeData(`${value}${p.pl}\n\n${p.en}`)}`;
    })
    .join('\n');
}
