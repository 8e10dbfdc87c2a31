/**
 * `npm run build:production`, the deployment's build, on a copy of the project: it refuses, before
 * building anything and leaving dist/ as it was, while any fact of the configuration is unconfirmed, and
 * lists every one (Polish first, then English); with every fact confirmed it builds a site without a
 * single "to be confirmed" mark. The plain `npm run build` of the same copy keeps working and marks them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { homeTownConfig } from '../../src/config/home-town.ts';
import { cleanEnv } from '../helpers/build-site.ts';
import { writeConfigObject } from '../helpers/config-object.ts';
import { writeHomeTownConfig } from '../helpers/home-town-config.ts';
import { listFiles, readPage } from '../helpers/html.ts';
import { copyProject } from '../helpers/project-copy.ts';

const project = copyProject('partner-site-production-');
const { dir } = project;
afterAll(() => project.remove());
const dist = join(dir, 'dist');

function build(...args: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/build.ts', ...args], {
    cwd: dir,
    env: cleanEnv({}, dir),
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const yes = <T>(value: T) => ({ value, confirmed: true });
const no = <T>(value: T | null) => ({ value, confirmed: false });

/** A town office's answers, as a fixture: every fact given, some of them not confirmed yet. */
const office = (confirmed: boolean) => {
  const fact = confirmed ? yes : no;
  return {
    ...homeTownConfig.office,
    head: fact({ pl: 'Burmistrz Miasta Przykładowa', en: 'the Mayor of Przykładowo' }),
    accessibilityContact: {
      name: yes('Referat Organizacyjny'),
      email: fact('dostepnosc@przykladowo.example'),
      phone: yes('+48 12 345 67 89'),
    },
    complaints: { email: yes(false), epuap: fact('/przykladowo/skrytka') },
  };
};

const statement = (confirmed: boolean) => ({
  status: 'partial',
  knownIssues: [],
  publishedOn: yes('2025-03-01'),
  updatedOn: yes('2025-06-01'),
  preparedOn: yes('2025-03-01'),
  reviewedOn: (confirmed ? yes : no)('2025-06-02'),
  manualReview: null,
  audit: null,
  body: { name: 'Urząd Miejski w Przykładowie', street: 'Rynek 1', postcode: '00-001', town: 'Przykładowo' },
  contact: office(confirmed).accessibilityContact,
  complaints: {
    recipient: office(confirmed).head,
    email: office(confirmed).complaints.email,
    epuap: office(confirmed).complaints.epuap,
  },
  building: yes({
    descriptionUrl: null,
    entrances: { pl: 'Wejście bez progów od Rynku.', en: 'A step-free entrance from the square.' },
    lifts: null,
    toilets: null,
    parking: null,
    hearingLoop: null,
    assistanceDogs: { pl: 'Można wejść z psem asystującym.', en: 'Assistance dogs are admitted.' },
  }),
  onlineInterpreterUrl: yes(false),
  mobileApps: yes([]),
  ombudsmanUrl: 'https://www.rpo.gov.pl/',
});

const licence = (confirmed: boolean) => ({
  licence: (confirmed ? yes : no)({
    id: 'CC0-1.0',
    name: 'CC0 1.0',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    terms: { pl: 'Bez ograniczeń.', en: 'No restrictions.' },
  }),
});

function configure(confirmed: boolean) {
  writeHomeTownConfig(dir, { ...homeTownConfig, office: office(confirmed) });
  writeConfigObject(dir, 'src/config/accessibility.ts', 'accessibilityConfig', statement(confirmed));
  writeConfigObject(dir, 'src/config/open-data.ts', 'openDataConfig', licence(confirmed));
}

describe('npm run build:production', () => {
  it('is the script the deployment calls', () => {
    const scripts = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts;
    expect(scripts['build:production']).toMatch(/node src\/cli\/build\.ts --production$/);
  });

  it('refuses while facts are unconfirmed, listing each with its file and field, Polish first, and leaves dist/ alone', () => {
    configure(false);
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'the previous site');
    const result = build('--production');
    expect(result.status).not.toBe(0);
    const pl = result.output.indexOf('PUBLIKACJA WSTRZYMANA');
    const en = result.output.indexOf('PUBLISHING STOPPED');
    expect(pl, result.output).toBeGreaterThanOrEqual(0);
    expect(en).toBeGreaterThan(pl);
    const unconfirmed = [
      'src/config/home-town.ts, office.head:',
      'src/config/home-town.ts, office.accessibilityContact.email:',
      'src/config/home-town.ts, office.complaints.epuap:',
      'src/config/accessibility.ts, reviewedOn:',
      'src/config/open-data.ts, licence:',
    ];
    for (const line of unconfirmed) {
      expect(result.output.slice(pl, en)).toContain(line);
      expect(result.output.slice(en)).toContain(line);
    }
    // Confirmed facts are not listed.
    expect(result.output).not.toContain('office.accessibilityContact.phone:');
    expect(result.output).not.toContain('publishedOn:');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the previous site');
    expect(existsSync(join(dir, '.dist-next'))).toBe(false);
  });

  it('still lets the plain build through, marking every unconfirmed fact on the page', () => {
    const result = build();
    expect(result.status, result.output).toBe(0);
    const page = readPage(dist, 'deklaracja-dostepnosci/');
    const marks = page.querySelectorAll('main [data-unconfirmed]');
    expect(marks.map((m) => m.textContent)).toContain('[do potwierdzenia przez urząd]');
    // The head of the office, the e-mail address, the ePUAP box and the review date.
    expect(marks.length).toBeGreaterThanOrEqual(4);
    const en = readPage(dist, 'en/accessibility-statement/');
    expect(en.querySelectorAll('main [data-unconfirmed]').map((m) => m.textContent)).toContain(
      '[to be confirmed by the office]',
    );
    expect(readPage(dist, 'dane/').querySelectorAll('main [data-unconfirmed]')).toHaveLength(1);
  });

  it('builds the site once every fact is confirmed, with no mark anywhere and the confirmed facts in place', () => {
    configure(true);
    const result = build('--production');
    expect(result.status, result.output).toBe(0);
    for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toContain('data-unconfirmed');
    }
    const page = readPage(dist, 'deklaracja-dostepnosci/');
    expect(page.querySelector('#a11y-email')!.getAttribute('href')).toBe('mailto:dostepnosc@przykladowo.example');
    expect(page.querySelector('time#a11y-data-przeglad')!.getAttribute('datetime')).toBe('2025-06-02');
    expect(page.querySelector('main')!.textContent).toContain('/przykladowo/skrytka');
    const data = readPage(dist, 'dane/');
    expect(data.querySelector('main a[rel="license"]')!.getAttribute('href')).toBe(
      'https://creativecommons.org/publicdomain/zero/1.0/',
    );
  });
});
