import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { problemCodes } from '../../src/model/problem.ts';
import { anniversaryKinds, eventKinds } from '../../src/model/events.ts';
import { partnerSchema } from '../../src/model/partner.ts';
import { translationSchema } from '../../src/model/translation.ts';
import { root } from '../helpers/build-site.ts';
import { schemaPaths } from '../helpers/schema-paths.ts';
import { homeTown } from '../../src/config/home-town.ts';

/**
 * The editors' guides are read as an editor reads them: their tables, lists and examples are compared with
 * what the schemas and the check really accept, so a field, a message or an example the code no longer
 * matches fails here.
 */
const guides = { pl: 'content/README.md', en: 'content/README.en.md' };

interface Section {
  heading: string;
  lines: string[];
}

/** The text under each heading (## or ###), up to the next heading. */
function sections(markdown: string): Section[] {
  const out: Section[] = [{ heading: '', lines: [] }];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (!fenced && /^#{2,3} /.test(line)) out.push({ heading: line.replace(/^#+ /, ''), lines: [] });
    else out.at(-1)!.lines.push(line);
  }
  return out;
}

/** The rows of each pipe table in a section (header and rule left out), each a list of cells. */
function tables(section: Section): string[][][] {
  const found: string[][][] = [];
  let rows: string[][] | undefined;
  for (const line of section.lines) {
    if (!line.startsWith('|')) {
      rows = undefined;
      continue;
    }
    if (!rows) found.push((rows = []));
    rows.push(
      line
        .slice(1, line.trimEnd().endsWith('|') ? line.trimEnd().length - 1 : undefined)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
  }
  return found.map((t) => t.slice(2));
}

/** The code spans of a cell or line: `` `a`, `b` `` → ['a', 'b']. */
const codes = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** The one section whose heading matches. */
const section = (all: Section[], heading: RegExp) => {
  const matching = all.filter((s) => heading.test(s.heading));
  expect(
    matching.map((s) => s.heading),
    String(heading),
  ).toHaveLength(1);
  return matching[0]!;
};

/** Records the schemas accept, to try each documented example in. */
const validPartner = () => ({
  name: 'Riom',
  ownName: 'Riom',
  description: 'Riom w Owernii jest miastem partnerskim Żywca od wielu lat; łączą je kultura i młodzież.',
  nameLang: 'fr',
  country: 'FR',
  scope: 'international',
  coordinates: { latitude: 45.89, longitude: 3.11 },
  areas: ['culture'],
  events: [{ id: 'signed', kind: 'agreement-signed', date: '1995-07-15' }],
});
const validText = () => ({
  name: 'Riom',
  description: 'Riom w Owernii jest miastem partnerskim Żywca od wielu lat; łączą je kultura i młodzież.',
  // An event's texts are found by its id, so an example of one of its fields goes beside an id.
  events: [{ id: 'signed' }],
});

/** Sets a guide path (`events[].date`, `events.*.title`, `coordinates.latitude`) in a record. */
function put(record: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  const list = head!.endsWith('[]');
  const key = list ? head!.slice(0, -2) : head!;
  if (rest.length === 0) {
    record[key] = list ? [value] : value;
    return record;
  }
  if (list) {
    const items = (record[key] as Record<string, unknown>[] | undefined) ?? [{}];
    put(items[0]!, rest.join('.'), value);
    record[key] = items;
  } else if (rest[0] === '*') {
    // Any key of a map: the example goes under a key of its own.
    record[key] = { example: rest.length === 1 ? value : put({}, rest.slice(1).join('.'), value) };
  } else {
    record[key] = put({ ...((record[key] as Record<string, unknown>) ?? {}) }, rest.join('.'), value);
  }
  return record;
}

describe("the editors' guides", () => {
  for (const [lang, path] of Object.entries(guides)) {
    const all = sections(readFileSync(join(root, path), 'utf8'));
    const fieldTables = {
      partner: { heading: /^`index\.pl\.md`$/, schema: partnerSchema, valid: validPartner },
      translation: { heading: /^`index\.en\.md` \(/, schema: translationSchema, valid: validText },
    };

    for (const [kind, { heading, schema, valid }] of Object.entries(fieldTables)) {
      const [table] = tables(section(all, heading));
      const rows = table ?? [];

      it(`(${lang}) list exactly the fields of ${kind} records, each once`, () => {
        const documented = rows.map((r) => codes(r[0]!)[0]);
        expect(new Set(documented).size, 'a field twice').toBe(documented.length);
        expect(documented.sort()).toEqual(schemaPaths(schema(homeTown)).sort());
      });

      it(`(${lang}) give examples of ${kind} fields that the schema accepts`, () => {
        // The example is the last column (the generated tables put the form's label and the help between).
        const examples = rows.flatMap((row) =>
          codes(row.at(-1) ?? '').map((value) => ({ field: codes(row[0]!)[0]!, value })),
        );
        expect(examples.length).toBeGreaterThan(3);
        for (const { field, value } of examples) {
          // Read as YAML, as the site reads it: `- culture` is a list, `'1998-08'` a text.
          const record = put(valid(), field, parseYaml(value) as unknown);
          const result = schema(homeTown).safeParse(record);
          expect(result.success, `${field}: ${value} → ${JSON.stringify(result.error?.issues)}`).toBe(true);
        }
      });
    }

    it(`(${lang}) explain every message of the check, and no other`, () => {
      const table = tables(section(all, /npm run check/)).find((t) => t.length > 10) ?? [];
      const documented = table.map((r) => codes(r[0]!)[0]);
      expect(documented.sort()).toEqual([...problemCodes].sort());
    });

    it(`(${lang}) list every kind of event, and say which go to the anniversaries calendar`, () => {
      const fields = section(all, /^`index\.pl\.md`$/);
      const table = tables(fields).find((t) => t.some((r) => r[0] === '`agreement-signed`')) ?? [];
      expect(table.map((r) => codes(r[0]!)[0]).sort()).toEqual([...eventKinds].sort());
      const yes = lang === 'pl' ? 'tak' : 'yes';
      for (const row of table) {
        const kind = codes(row[0]!)[0] as (typeof eventKinds)[number];
        expect(row.at(-1) === yes, kind).toBe(anniversaryKinds.includes(kind));
      }
    });

    it(`(${lang}) show YAML examples of events that the schemas accept`, () => {
      const lines = section(all, /^(Dodanie wydarzenia|Adding an event)$/).lines;
      const blocks: string[] = [];
      lines.forEach((line, i) => {
        if (line === '```yaml') blocks.push(lines.slice(i + 1, lines.indexOf('```', i + 1)).join('\n'));
      });
      expect(blocks).toHaveLength(2);
      const [facts, text] = blocks.map((b) => parseYaml(b) as { events: unknown });
      const events = facts!.events as unknown[];
      // The Polish file's events: their facts and their Polish texts, as the whole file's schema reads them.
      const polish = partnerSchema(homeTown).safeParse({ ...validPartner(), events });
      expect(polish.success, JSON.stringify(polish.error?.issues)).toBe(true);
      for (const event of events)
        expect(typeof (event as { title?: unknown }).title, JSON.stringify(event)).toBe('string');
      const ids = events.map((e) => (e as { id: string }).id);
      expect(translationSchema(homeTown).safeParse({ ...validText(), events: text!.events }).success).toBe(true);
      // The other language's texts are a list by id, each an event the Polish example has.
      const named = (text!.events as { id: string }[]).map((e) => e.id);
      expect(named.length).toBeGreaterThan(0);
      for (const id of named) expect(ids).toContain(id);
    });
  }
});
