/**
 * The live preview always comes back: a real `astro dev` on a copy of the project. For each kind of
 * mistake an editor makes — in the facts, the text, a picture, a file's name, its encoding — the pages
 * show the check's report, and once the file is mended the home page and the partner's page in both
 * languages answer as before, without a restart.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDev, type Dev } from '../helpers/dev-server.ts';
import { get } from '../helpers/http.ts';
import { windows1250 } from '../helpers/windows-1250.ts';

const base = '/miasta-partnerskie/';
/** How long a mended file may take to bring the pages back: "within a few seconds", on a busy machine. */
const backWithin = 15_000;

let dev: Dev;

beforeAll(async () => {
  dev = await startDev({ prefix: 'partner-site-dev-recovery-', ready: (status) => status === 200 });
}, 180_000);

afterAll(() => dev?.stop());

const path = (file: string) => join(dev.dir, file);
const read = (file: string) => readFileSync(path(file), 'utf8');

function edit(file: string, from: string, to: string) {
  const text = read(file);
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  writeFileSync(path(file), text.replace(from, to));
}

function rename(from: string, to: string) {
  if (!existsSync(path(from))) throw new Error(`no ${from}`);
  renameSync(path(from), path(to));
}

interface Answer {
  status: number;
  text: string;
}

async function page(url: string): Promise<Answer> {
  try {
    const response = await get(`${dev.origin}${base}${url}`, { accept: 'text/html' });
    return { status: response.status, text: response.body.toString('utf8') };
  } catch (error) {
    return { status: 0, text: String(error) };
  }
}

/** Asks for the pages until each satisfies `ok`, or says what they still answered when `ms` ran out. */
async function until(urls: string[], ok: (answer: Answer) => boolean, ms: number, what: string) {
  const deadline = Date.now() + ms;
  let answers: Answer[] = [];
  for (;;) {
    answers = await Promise.all(urls.map(page));
    if (answers.every(ok)) return answers;
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const seen = answers.map((a, i) => `${urls[i]}: ${a.status}\n${a.text.replace(/<[^>]+>/g, ' ').slice(0, 600)}`);
  throw new Error(`${what}:\n${seen.join('\n')}\n--- server log ---\n${dev.log().slice(-4000)}`);
}

interface Mistake {
  what: string;
  /** The partner whose pages must come back. */
  partner: string;
  code: string;
  make: () => void;
  mend: () => void;
}

const riomPl = 'content/partners/riom/index.pl.md';
const riomEn = 'content/partners/riom/index.en.md';
const llan = 'content/partners/llanfairpwllgwyngyll';
const picture = '\n\n![Rynek w Riom](rynek.jpg)\n';
const emblem = 'country: FR\nemblem: herb.png\nemblemAlt: Herb miasta\n';
let utf8 = '';

const mistakes: Mistake[] = [
  {
    what: 'a fact: a country code no country has',
    partner: 'riom',
    code: 'unknown-country',
    make: () => edit(riomPl, 'country: FR', 'country: XX'),
    mend: () => edit(riomPl, 'country: XX', 'country: FR'),
  },
  {
    what: 'the facts: a quote left open, so no field can be read',
    partner: 'riom',
    code: 'yaml-syntax',
    make: () => edit(riomPl, 'name: Riom', 'name: "Riom'),
    mend: () => edit(riomPl, 'name: "Riom', 'name: Riom'),
  },
  {
    what: 'a fact: a day that does not exist',
    partner: 'riom',
    code: 'impossible-date',
    make: () => edit(riomPl, 'date: 1996-06-15', 'date: 1996-02-30'),
    mend: () => edit(riomPl, 'date: 1996-02-30', 'date: 1996-06-15'),
  },
  {
    what: 'the text: a script pasted into it',
    partner: 'riom',
    code: 'hostile-markup',
    make: () => edit(riomPl, '## Zakres współpracy', '<script>alert(1)</script>\n\n## Zakres współpracy'),
    mend: () => edit(riomPl, '<script>alert(1)</script>\n\n', ''),
  },
  {
    what: 'the English text: an event the facts do not have',
    partner: 'riom',
    code: 'unknown-event',
    make: () => edit(riomEn, '- id: signed-riom', '- id: signed-paris'),
    mend: () => edit(riomEn, '- id: signed-paris', '- id: signed-riom'),
  },
  {
    what: 'a picture that does not exist, in a text without pictures, then taken out',
    partner: 'riom',
    code: 'missing-image',
    make: () => writeFileSync(path(riomPl), read(riomPl) + picture),
    mend: () => edit(riomPl, picture, ''),
  },
  {
    what: 'a coat of arms that does not exist, then taken out',
    partner: 'riom',
    code: 'missing-image',
    make: () => edit(riomPl, 'country: FR\n', emblem),
    mend: () => edit(riomPl, emblem, 'country: FR\n'),
  },
  {
    what: "a picture's wrong name, then corrected",
    partner: 'llanfairpwllgwyngyll',
    code: 'missing-image',
    make: () => edit(`${llan}/index.pl.md`, '](wymiana.jpg)', '](wymiana.jpeg)'),
    mend: () => edit(`${llan}/index.pl.md`, '](wymiana.jpeg)', '](wymiana.jpg)'),
  },
  {
    what: 'a picture file deleted, then put back',
    partner: 'llanfairpwllgwyngyll',
    code: 'missing-image',
    make: () => rename(`${llan}/wymiana.jpg`, 'wymiana-put-aside.jpg'),
    mend: () => rename('wymiana-put-aside.jpg', `${llan}/wymiana.jpg`),
  },
  {
    what: "the facts file's name",
    partner: 'riom',
    code: 'misnamed-file',
    make: () => rename(riomPl, `${riomPl}.txt`),
    mend: () => rename(`${riomPl}.txt`, riomPl),
  },
  {
    what: "the translation's name, in capitals",
    partner: 'riom',
    code: 'misnamed-file',
    make: () => rename(riomEn, 'content/partners/riom/index.EN.md'),
    mend: () => rename('content/partners/riom/index.EN.md', riomEn),
  },
  {
    what: 'the encoding: the file saved in Windows-1250',
    partner: 'riom',
    code: 'wrong-encoding',
    make: () => {
      utf8 = read(riomPl);
      writeFileSync(path(riomPl), windows1250(utf8));
    },
    mend: () => writeFileSync(path(riomPl), utf8),
  },
];

describe('npm run dev after a mistake is mended', () => {
  it('answers every page first', async () => {
    await until(['', 'miasta/riom/', 'en/towns/riom/'], (a) => a.status === 200, 60_000, 'the pages at start');
  });

  for (const mistake of mistakes) {
    it(`comes back after ${mistake.what}`, async () => {
      const pages = ['', `miasta/${mistake.partner}/`, `en/towns/${mistake.partner}/`];
      mistake.make();
      const [report] = await until(
        pages.slice(0, 1),
        (a) => a.text.includes(`kod / code: ${mistake.code}`),
        60_000,
        `the report of ${mistake.code}`,
      );
      expect(report!.status).toBe(500);
      mistake.mend();
      const back = await until(
        pages,
        (a) => a.status === 200 && !a.text.includes('kod / code'),
        backWithin,
        `the pages after ${mistake.what} was mended`,
      );
      // The partner's own pages, with its name, in both languages.
      expect(back[1]!.text).toContain('<html lang="pl"');
      expect(back[2]!.text).toContain('<html lang="en"');
      for (const answer of back.slice(1)) expect(answer.text).toMatch(/Riom|Llanfairpwllgwyngyll/);
    });
  }
});
