import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/features/check/index.ts';
import { fixtureContent, root } from '../helpers/build-site.ts';
import { homeTown } from '../../src/config/home-town.ts';

/** Runs `npm run new-partner -- <slug>` (the same command line, without npm) in a folder. */
function newPartner(cwd: string, slug: string) {
  return spawnSync(process.execPath, [join(root, 'src/cli/new-partner.ts'), slug], { cwd, encoding: 'utf8' });
}

/** The same, without blocking: several runs at once wait on their processes together. */
function newPartnerAsync(cwd: string, slug: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'src/cli/new-partner.ts'), slug], { cwd });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'partner-scaffold-'));
  mkdirSync(join(dir, 'content/partners'), { recursive: true });
  // A project has its home page's text; only the partner is new.
  cpSync(join(root, fixtureContent, 'pages'), join(dir, 'content/pages'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run new-partner', () => {
  it('writes index.pl.md and index.en.md with every field present and explained', () => {
    const run = newPartner(dir, 'nowe-miasto');
    expect(run.status, run.stderr).toBe(0);
    const folder = join(dir, 'content/partners/nowe-miasto');
    expect(readdirSync(folder).sort()).toEqual(['index.en.md', 'index.pl.md']);
    const partner = readFileSync(join(folder, 'index.pl.md'), 'utf8');
    for (const field of [
      'name',
      'region',
      'description',
      'ownName',
      'nameLang',
      'country',
      'scope',
      'website',
      'websiteKind',
      'wikidata',
      'coordinates',
      'latitude',
      'longitude',
      'areas',
      'id',
      'kind',
      'date',
      'place',
      'title',
    ]) {
      expect(partner, field).toMatch(new RegExp(`^\\s*(- )?${field}:`, 'm'));
    }
    // Every field has a comment in Polish and one in English just above it.
    expect(partner).toMatch(/# Kraj: .*\n# Country: .*\n# Np\. \/ e\.g\.: SK\ncountry: TODO/);
    const en = readFileSync(join(folder, 'index.en.md'), 'utf8');
    for (const field of ['name', 'region', 'description', 'events', 'id', 'title'])
      expect(en).toMatch(new RegExp(`^\\s*(- )?${field}:`, 'm'));
    // Facts are written once, in the Polish file.
    for (const field of ['ownName', 'country', 'kind', 'date'])
      expect(en).not.toMatch(new RegExp(`^\\s*${field}:`, 'm'));
  });

  it('is refused by the check until the placeholders are filled in, then passes', async () => {
    newPartner(dir, 'nowe-miasto');
    const folder = join(dir, 'content/partners/nowe-miasto');
    const before = await checkContentDir(dir, { town: homeTown });
    expect(before.problems.length).toBeGreaterThan(10);
    expect(new Set(before.problems.map((p) => p.code))).toEqual(new Set(['placeholder']));

    /** Replaces each `field: TODO` (and list items `- TODO`) as an editor would; comments keep their TODO. */
    const fill = (name: string, values: Record<string, string>, listItem: string) => {
      let text = readFileSync(join(folder, name), 'utf8');
      for (const [field, value] of Object.entries(values)) {
        const pattern = new RegExp(`^(\\s*(?:- )?${field}): TODO$`, 'm');
        expect(text, `${name} ${field}`).toMatch(pattern);
        text = text.replace(pattern, `$1: ${value}`);
      }
      text = text
        .replace(/^(\s*)- TODO$/gm, `$1- ${listItem}`)
        .replace(/^TODO .*$/m, 'Miasta współpracują od 2020 roku.');
      expect(text.split('\n').filter((line) => line.includes('TODO') && !line.trim().startsWith('#'))).toEqual([]);
      writeFileSync(join(folder, name), text);
    };
    const text = {
      name: 'Nowe Miasto na Morawach',
      region: 'Morawy',
      description: 'Nowe Miasto w Czechach jest miastem partnerskim Żywca od 2020 roku. Łączy je wymiana młodzieży.',
    };
    fill(
      'index.pl.md',
      {
        ...text,
        ownName: 'Nové Město na Moravě',
        nameLang: 'cs',
        country: 'CZ',
        website: 'www.nove-mesto.cz',
        websiteKind: 'official',
        wikidata: 'Q123',
        latitude: '49.56',
        longitude: '16.07',
        date: '2020-05-01',
      },
      'culture',
    );
    fill(
      'index.en.md',
      {
        ...text,
        region: 'Moravia',
        description: 'Nové Město in Czechia has been a partner town of Żywiec since 2020, with youth exchanges.',
      },
      'youth exchanges',
    );

    const after = await checkContentDir(dir, { town: homeTown });
    expect(after.problems).toEqual([]);
    expect(after.coverage['nowe-miasto']).toEqual({ pl: true, en: true });
  });

  it('refuses a folder that exists and a name that cannot be an address', async () => {
    expect(newPartner(dir, 'riom').status).toBe(0);
    const again = newPartner(dir, 'riom');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('content/partners/riom/ already exists');
    const bads = ['Riom', 'nowe miasto', 'gödöllő', '', '-riom'];
    const runs = await Promise.all(bads.map((bad) => newPartnerAsync(dir, bad)));
    for (const [i, run] of runs.entries()) {
      expect(run.status, bads[i]).toBe(2);
      expect(run.stderr).toContain('lower-case letters');
    }
    expect(readdirSync(join(dir, 'content/partners'))).toEqual(['riom']);
  });
});
