import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldGuides } from '../../src/lib/content-check/fields.ts';
import { problemCodes } from '../../src/lib/content-check/problem.ts';
import { root } from '../helpers/build-site.ts';

const guides = { pl: 'content/README.md', en: 'content/README.en.md' };

describe("the editors' guide", () => {
  for (const [lang, path] of Object.entries(guides)) {
    const text = readFileSync(join(root, path), 'utf8');

    it(`(${lang}) explains every message of the check`, () => {
      const missing = problemCodes.filter((code) => !text.includes(`| \`${code}\``));
      expect(missing).toEqual([]);
    });

    it(`(${lang}) says how to keep the writing conventions the site's tests hold the pages to`, () => {
      const section = text.split(/^## /m).find((part) => /^(Zasady pisania tekstów|Writing conventions)\n/.test(part));
      expect(section, 'a section on writing conventions').toBeDefined();
      // Dates with "r.", one dash, the typography the site adds, websites checked, regional agreements.
      for (const needle of ['r.”', ' – ', '’', 'websiteKind', 'party', 'regional-agreement', 'partners/']) {
        expect(section, needle).toContain(needle);
      }
    });

    it(`(${lang}) describes every field`, () => {
      const fields = [...Object.keys(fieldGuides.partner), ...Object.keys(fieldGuides.translation)];
      expect(fields.filter((field) => !text.includes(`| \`${field}\``))).toEqual([]);
    });
  }
});
