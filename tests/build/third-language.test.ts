/**
 * Adding a language is data: the locale list, a dictionary, the statement's text and the route names
 * (the places `astro check` points at). A copy of the project gets German that way, with a German
 * dictionary and statement borrowed from English (the test is about the wiring, not the wording), and
 * builds: every page, the 404 page, the sitemap and the open data follow.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeTownConfig } from '../../src/config/home-town.ts';
import { buildSite } from '../helpers/build-site.ts';
import { writeHomeTownConfig } from '../helpers/home-town-config.ts';
import { readPage } from '../helpers/html.ts';
import { copyProject } from '../helpers/project-copy.ts';

const project = copyProject('partner-site-de-');
const { dir } = project;
let dist: string;

function edit(path: string, from: string | RegExp, to: string) {
  const text = readFileSync(join(dir, path), 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${path}: ${String(from)} not found`);
  writeFileSync(join(dir, path), changed);
}

beforeAll(() => {
  edit('src/blocks/locales.ts', /(\n  en: \{[^}]*\},)/, `$1\n  de: { label: 'Deutsch', ogLocale: 'de_DE' },`);
  writeFileSync(join(dir, 'src/i18n/ui/de.ts'), readFileSync(join(dir, 'src/i18n/ui/en.ts'), 'utf8'));
  edit('src/i18n/ui/index.ts', "import en from './en.ts';", "import de from './de.ts';\nimport en from './en.ts';");
  edit('src/i18n/ui/index.ts', '{ pl, en }', '{ pl, en, de }');
  // German addresses: the English route names with a German prefix are enough here.
  edit('src/i18n/routes.ts', /en: ('[^']*') \}/g, 'en: $1, de: $1 }');
  // The town's name and its office's in German: the English ones are enough here.
  const { names, office } = homeTownConfig;
  writeHomeTownConfig(dir, {
    ...homeTownConfig,
    names: { ...names, de: names.en },
    office: {
      ...office,
      name: { ...office.name, de: office.name.en },
      head: { ...office.head, value: { ...office.head.value!, de: office.head.value!.en } },
    },
  });
  edit('src/components/AccessibilityStatementPage.astro', 'en: StatementEn }', 'en: StatementEn, de: StatementEn }');
  mkdirSync(join(dir, 'content/pages/de'));
  writeFileSync(
    join(dir, 'content/pages/de/home.md'),
    '---\ntitle: Partnerstädte von Żywiec\ndescription: Die Partnerstädte von Żywiec, ihre Geschichte und was die Städte gemeinsam tun.\n---\n\nŻywiec hat Partnerstädte in Europa.\n',
  );
  writeFileSync(
    join(dir, 'content/partners/riom/index.de.md'),
    '---\nname: Riom\ndescription: Riom in Frankreich ist seit 1995 eine Partnerstadt von Żywiec; Jugend und Schulen treffen sich.\n---\n\n## Geschichte\n\nDie Partnerschaft begann 1995.\n',
  );
  dist = buildSite(join(dir, 'dist'), {}, dir);
});
afterAll(() => project.remove());

describe('a third language added as data', () => {
  it('gets every page, its own 404 page and German text where it exists', () => {
    const home = readPage(dist, 'de/');
    expect(home.querySelector('html')!.getAttribute('lang')).toBe('de');
    expect(home.querySelector('h1')!.textContent).toContain('Partnerstädte');
    const riom = readPage(dist, 'de/towns/riom/');
    expect(riom.querySelector('.prose')!.textContent).toContain('Die Partnerschaft begann 1995');
    // Untranslated into German: the Polish text, marked as Polish, with a notice.
    const cadca = readPage(dist, 'de/towns/cadca/');
    expect(cadca.querySelector('.prose')!.getAttribute('lang')).toBe('pl');
    expect(cadca.querySelector('.notice')).not.toBeNull();
    expect(readPage(dist, 'de/404.html').querySelector('html')!.getAttribute('lang')).toBe('de');
    expect(readPage(dist, 'de/timeline/').querySelector('html')!.getAttribute('lang')).toBe('de');
  });

  it('names the German pages as alternates and gives the open data German columns', () => {
    const head = readPage(dist, 'miasta/riom/').querySelector('head')!;
    expect(head.querySelector('link[hreflang="de"]')!.getAttribute('href')).toMatch(/\/de\/towns\/riom\/$/);
    const csvHeader = readFileSync(join(dist, 'data/events.csv'), 'utf8').split('\r\n')[0]!.split(',');
    for (const field of ['name', 'title', 'venue']) expect(csvHeader).toContain(`${field}_de`);
    const json = JSON.parse(readFileSync(join(dist, 'data/partners.json'), 'utf8')) as {
      partners: { slug: string; names: Record<string, string> }[];
    };
    expect(json.partners.find((p) => p.slug === 'riom')!.names.de).toBe('Riom');
    expect(readFileSync(join(dist, 'data/anniversaries.de.ics'), 'utf8')).toContain('BEGIN:VCALENDAR');
  });
});
