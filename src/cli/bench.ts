import { homeTown } from '../config/home-town.ts';
import { townNameIn } from '../model/home-town.ts';
/**
 * Build benchmark: `npm run bench [-- N …]` (default N = 10, 1000, 5000 partner records per language).
 *
 * For each N it writes synthetic partners into a throw-away copy of this project and builds it, then
 * builds the same Markdown with a minimal reference Astro site (one plain page per record, nothing else),
 * both under GNU time, and prints wall time, peak memory, pages per second, output size and our overhead
 * as a ratio, for the median of `BENCH_RUNS` runs (3). A report, not a test: the numbers depend on the machine.
 *
 * Runs with the project's Node, which strips the types itself.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layout } from '../model/layout.ts';
import { precompressedCache } from '../integrations/precompress.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const counts = sizes.length > 0 ? sizes : [10, 1000, 5000];
const gnuTime = '/usr/bin/time';

if (!existsSync(gnuTime)) {
  console.error('GNU time is needed for peak memory: apt-get install time');
  process.exit(1);
}

const areas = ['youth-exchange', 'education', 'culture', 'sport', 'tourism', 'economy', 'environment', 'promotion'];
/** A point well inside each country, so the check's country outline test passes (towns are spread around it). */
const countries: [code: string, latitude: number, longitude: number][] = [
  ['DE', 51.0, 10.0],
  ['FR', 46.5, 2.5],
  ['SK', 48.7, 19.5],
  ['GB', 52.5, -1.5],
  ['HU', 47.2, 19.5],
  ['GE', 42.0, 43.5],
  ['CZ', 49.8, 15.5],
  ['IT', 43.0, 12.5],
  ['ES', 40.0, -3.5],
  ['UA', 49.0, 31.0],
  ['LT', 55.3, 24.0],
  ['NL', 52.2, 5.5],
];
/** Where a domestic partner is. */
const domestic: [code: string, latitude: number, longitude: number] = ['PL', 52.0, 19.0];
const plItems = [
  'wymiana grup młodzieży szkolnej i harcerzy',
  'kontakty drużyn pożarniczych',
  'rozwój wspólnych działań w zakresie oświaty, kultury i sztuki oraz kultury fizycznej, sportu i turystyki',
  'wspólne inicjatywy w dziedzinie ochrony środowiska',
  'wymiana ofert gospodarczych',
  'działania promocyjne polegające na wymianie czasopism, rzemiosła artystycznego i folkloru',
  'poszukiwanie źródeł finansowania nowych przedsięwzięć',
  'udział delegacji obu miast w uroczystościach miejskich, krajowych i międzynarodowych',
];
const enItems = [
  'exchanges of groups of school pupils and scouts',
  'contacts between the fire brigades',
  'joint activities in education, culture and the arts, physical education, sport and tourism',
  'joint initiatives to protect the environment',
  'exchanging business offers',
  'promotion: exchanging magazines, arts and crafts and folklore',
  'seeking funding for new projects',
  'delegations of both towns at civic, national and international ceremonies',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Writes N synthetic partners (facts + Polish + English) under `content/partners`. */
function writeRecords(contentDir: string, n: number): void {
  const partners = join(contentDir, 'partners');
  rmSync(partners, { recursive: true, force: true });
  for (let i = 0; i < n; i++) {
    const slug = `miasto-${i}`;
    const dir = join(partners, slug);
    mkdirSync(dir, { recursive: true });
    const year = 1990 + (i % 35);
    const a = `${year}-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`;
    const b = `${year + 1}-${pad(((i + 5) % 12) + 1)}-${pad(((i + 9) % 28) + 1)}`;
    const texts = (lang: 'pl' | 'en') =>
      `name: ${lang === 'pl' ? 'Miasto' : 'Town'} ${i}\ndescription: ${
        lang === 'pl'
          ? `Miasto ${i} jest miastem partnerskim ${townNameIn(homeTown, 'pl', 'genitive')} od ${year} roku. Łączy je wymiana młodzieży, kultura i sport.`
          : `Town ${i} has been ${townNameIn(homeTown, 'en')}'s partner since ${year}; the towns share youth exchanges, culture and sport.`
      }\n`;
    const title = (lang: 'pl' | 'en') => (lang === 'pl' ? 'Podpisanie umowy' : 'Agreement signed');
    const body = (lang: 'pl' | 'en') =>
      `\n## ${lang === 'pl' ? 'Zakres współpracy' : 'What the partnership covers'}\n\n${(lang === 'pl'
        ? plItems
        : enItems
      )
        .map((item) => `- ${item},`)
        .join('\n')}\n`;
    const isDomestic = i % 9 === 0;
    const [country, latitude, longitude] = isDomestic ? domestic : countries[i % countries.length]!;
    writeFileSync(
      join(dir, layout.partnerFile('pl')),
      `---\n${texts('pl')}ownName: Town ${i}\nnameLang: de\ncountry: ${country}\nscope: ${isDomestic ? 'domestic' : 'international'}\n` +
        `website: www.town-${i}.example.org\ncoordinates:\n  latitude: ${(latitude + (i % 10) * 0.05).toFixed(4)}\n  longitude: ${(longitude + (i % 7) * 0.05).toFixed(4)}\n` +
        `areas:\n${areas
          .filter((_, k) => (i + k) % 3 !== 0)
          .map((x) => `  - ${x}`)
          .join('\n')}\n` +
        `events:\n  - id: signed-home\n    kind: agreement-signed\n    date: ${a}\n    place: home\n    title: ${title('pl')}\n` +
        `  - id: signed-partner\n    kind: agreement-signed\n    date: ${b}\n    place: partner\n` +
        `  - id: first-contact\n    kind: first-contact\n    date: '${year - 1}-${pad((i % 12) + 1)}'\n    place: partner\n---\n${body('pl')}`,
    );
    writeFileSync(
      join(dir, layout.partnerFile('en')),
      `---\n${texts('en')}events:\n  - id: signed-home\n    title: ${title('en')}\n---\n${body('en')}`,
    );
  }
}

/** A copy of this project with synthetic content, sharing node_modules. */
function ourSite(dir: string, n: number): void {
  for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  cpSync(join(root, 'content/pages'), join(dir, 'content/pages'), { recursive: true });
  writeRecords(join(dir, 'content'), n);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/** The minimal reference: the same Markdown, one plain page per record, nothing else. */
function referenceSite(dir: string, n: number): void {
  writeRecords(join(dir, 'content'), n);
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "reference", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
      "export const collections = { records: defineCollection({ loader: glob({ base: './content/partners', pattern: '*/!(partner).md' }) }) };\n",
  );
  writeFileSync(
    join(dir, 'src/pages/[...id].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\n" +
      "export async function getStaticPaths() {\n  return (await getCollection('records')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\n" +
      'const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n' +
      '<html lang="pl"><head><meta charset="utf-8" /><title>{entry.data.name}</title></head><body><h1>{entry.data.name}</h1><Content /></body></html>\n',
  );
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

interface Measure {
  seconds: number;
  peakMiB: number;
  pages: number;
  outMiB: number;
}

function walk(dir: string): { files: number; html: number; bytes: number } {
  let files = 0;
  let html = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) {
      const sub = walk(path);
      files += sub.files;
      html += sub.html;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += st.size;
      if (name.endsWith('.html')) html++;
    }
  }
  return { files, html, bytes };
}

/** Our build is `npm run build` (content check beside Astro, then the swap into dist/); the reference's is `astro build`. */
function build(dir: string, kind: 'ours' | 'reference'): Measure {
  const out = join(dir, 'dist');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const command =
    kind === 'ours' ? ['src/cli/build.ts'] : [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out];
  const run = spawnSync(gnuTime, ['-v', process.execPath, ...command], {
    cwd: dir,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0)
    throw new Error(`build failed in ${dir}:\n${run.stderr.slice(-4000)}\n${run.stdout.slice(-2000)}`);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(run.stderr)!;
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const peakKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)![1]);
  const { html, bytes } = walk(out);
  return { seconds, peakMiB: peakKiB / 1024, pages: html, outMiB: bytes / 1024 / 1024 };
}

const rows: string[] = [];
const fmt = (m: Measure) =>
  `${m.seconds.toFixed(1)} s | ${m.peakMiB.toFixed(0)} MiB | ${m.pages} | ${(m.pages / m.seconds).toFixed(0)} | ${m.outMiB.toFixed(1)} MiB`;
/** Each size is built this many times, alternating the reference and ours: the table gives the median run. */
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
// Every build starts cold, as on a fresh clone: Astro's stored records and our compressed copies are shared
// through the linked node_modules.
const cold = () => {
  for (const cache of [join(root, 'node_modules/.astro'), precompressedCache(root)]) {
    rmSync(cache, { recursive: true, force: true });
  }
};
const median = <T>(items: T[], by: (item: T) => number): T =>
  [...items].sort((a, b) => by(a) - by(b))[Math.floor((items.length - 1) / 2)]!;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
console.log(`Node ${process.version}, ${(await import('node:os')).cpus().length} cores, ${runs} runs per size\n`);
for (const n of counts) {
  const work = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  try {
    mkdirSync(join(work, 'ours'));
    mkdirSync(join(work, 'reference'));
    ourSite(join(work, 'ours'), n);
    referenceSite(join(work, 'reference'), n);
    const measured: { ours: Measure; reference: Measure; time: number; memory: number }[] = [];
    for (let run = 1; run <= runs; run++) {
      cold();
      const reference = build(join(work, 'reference'), 'reference');
      cold();
      const ours = build(join(work, 'ours'), 'ours');
      const m = { ours, reference, time: ours.seconds / reference.seconds, memory: ours.peakMiB / reference.peakMiB };
      measured.push(m);
      console.log(`${n} records, run ${run}: ours ${fmt(ours)}; reference ${fmt(reference)}; ${times(m.time)} time`);
    }
    const mid = median(measured, (m) => m.time);
    rows.push(
      `| ${n} | ${fmt(mid.ours)} | ${fmt(mid.reference)} | ${times(mid.time)} (${measured.map((m) => times(m.time)).join(', ')}) | ${times(median(measured, (m) => m.memory).memory)} |`,
    );
  } finally {
    // BENCH_KEEP=1 keeps the copies, to look at a build's log or output.
    if (process.env.BENCH_KEEP) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}
console.log(
  "\nThe run with the median time ratio; each run's ratio in brackets.\n\n" +
    '| records per language | ours: wall | peak RSS | pages | pages/s | output | reference: wall | peak RSS | pages | pages/s | output | time ratio, median (runs) | memory ratio, median |\n' +
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n' +
    rows.join('\n'),
);
