import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorsGuides, tablesIn, withFieldTables } from '../../src/features/authoring/guide-tables.ts';
import { schemaFields } from '../../src/model/schema-fields.ts';
import { recordKinds, recordSchemas } from '../../src/model/records.ts';
import { root } from '../helpers/build-site.ts';
import { homeTown } from '../../src/config/home-town.ts';

describe('the field descriptions on the schemas', () => {
  for (const kind of recordKinds) {
    it(`describe every field of the ${kind} schema, with a label and help in Polish and English`, () => {
      const fields = schemaFields(recordSchemas(homeTown)[kind]());
      expect(fields.length).toBeGreaterThan(0);
      const undescribed = fields
        .filter(
          (f) =>
            !f.description?.label.pl || !f.description.label.en || !f.description.help.pl || !f.description.help.en,
        )
        .map((f) => f.key);
      expect(undescribed).toEqual([]);
    });
  }
});

describe("the editors' guides", () => {
  for (const [lang, path] of Object.entries(editorsGuides)) {
    const text = readFileSync(join(root, path), 'utf8');
    it(`(${lang}) hold a field table of every kind of record`, () => {
      expect(tablesIn(text)).toEqual(recordKinds);
    });
    it(`(${lang}) hold the field tables as generated from the schemas (run \`npm run schemas\` after changing one)`, () => {
      expect(withFieldTables(text, lang as 'pl' | 'en', homeTown)).toBe(text);
    });
  }
});
