/**
 * Lighthouse report (not a test): serves the built site on 127.0.0.1, runs Lighthouse (mobile settings,
 * its default) in Debian's Chromium over one page of each kind in both languages, and prints the four
 * category scores, with every audit below full marks. `npm run lighthouse` builds first.
 *
 * Lighthouse's own timings vary from run to run and machine to machine; read the performance score as
 * a guide.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../helpers/browser.ts';
import { freePort } from '../helpers/ports.ts';
import { serveSite } from '../helpers/static-server.ts';

const root = new URL('../..', import.meta.url).pathname;
const dist = process.argv[2] ?? `${root}dist`;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page of each kind, by its path under the base. */
const pages: { kind: string; lang: string; path: string; status: number }[] = [
  { kind: 'home', lang: 'pl', path: '', status: 200 },
  { kind: 'home', lang: 'en', path: 'en/', status: 200 },
  { kind: 'partner', lang: 'pl', path: 'miasta/borjomi/', status: 200 },
  { kind: 'partner', lang: 'en', path: 'en/towns/borjomi/', status: 200 },
  { kind: 'timeline', lang: 'pl', path: 'kalendarium/', status: 200 },
  { kind: 'timeline', lang: 'en', path: 'en/timeline/', status: 200 },
  { kind: 'statement', lang: 'pl', path: 'deklaracja-dostepnosci/', status: 200 },
  { kind: 'statement', lang: 'en', path: 'en/accessibility-statement/', status: 200 },
  // Lighthouse refuses to audit an address that answers 404, so the 404 pages are audited as files.
  { kind: '404', lang: 'pl', path: '404.html', status: 200 },
  { kind: '404', lang: 'en', path: 'en/404.html', status: 200 },
];

if (!existsSync(`${dist}/index.html`)) {
  console.error(`No built site in ${dist}: run \`npm run build\` first (or \`npm run lighthouse\`, which does).`);
  process.exit(1);
}

/**
 * Lighthouse is a quarter of a full install and serves an optional report, so it is not a dependency:
 * npx fetches this version from the npm registry the first time the report runs, and caches it.
 */
const lighthouseVersion = '12.8.2';

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { id: string; title: string; score: number | null; details?: unknown } | undefined>;
}

function runLighthouse(url: string): Lhr {
  const run = spawnSync(
    'npx',
    [
      '--yes',
      `lighthouse@${lighthouseVersion}`,
      url,
      `--port=${port}`,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${categories.join(',')}`,
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`Lighthouse failed on ${url}:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Lhr;
}

const site = await serveSite(dist);
const port = await freePort();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [`--remote-debugging-port=${port}`, ...chromiumArgs],
});

const rows: string[][] = [];
const below: string[] = [];
try {
  for (const page of pages) {
    const url = site.home + page.path;
    const status = (await fetch(url)).status;
    if (status !== page.status)
      throw new Error(`${url} answers ${status}, expected ${page.status}: is the page list out of date?`);
    const lhr = runLighthouse(url);
    const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    rows.push([page.kind, page.lang, `/${page.path}`, ...scores.map(String)]);
    for (const category of categories) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        const items = (audit.details as { items?: { url?: string; description?: string }[] } | undefined)?.items ?? [];
        const detail = items.map((i) => [i.url, i.description].filter(Boolean).join(' ')).filter(Boolean);
        below.push(
          `/${page.path} ${category}: ${audit.id} (${audit.score}) ${audit.title}${detail.map((d) => `\n      ${d}`).join('')}`,
        );
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}

const header = ['kind', 'lang', 'page', 'perf', 'a11y', 'best', 'seo'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(`Lighthouse ${lighthouseVersion}, ${chromiumPath}, mobile settings\n`);
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(
  below.length > 0 ? `\nAudits below full marks:\n  ${below.join('\n  ')}` : '\nEvery weighted audit passed.',
);
