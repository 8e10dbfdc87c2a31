import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCmsSettings } from '../helpers/cms-settings.ts';
import { placeProblems } from '../../src/features/check/place-problems.ts';
import { schemaProblems } from '../../src/features/check/schema-problems.ts';
import { recordFields } from '../../src/model/schema-fields.ts';
import { readMarkdown } from '../../src/features/check/source-file.ts';
import { partnerSchema } from '../../src/model/partner.ts';
import { cmsConfig } from '../../src/features/cms/site-config.ts';
import type { DecapField } from '../../src/features/cms/config.ts';
import { homeTown } from '../../src/config/home-town.ts';
import { root } from '../helpers/build-site.ts';

const src = join(root, 'src');

/** Every module of ours under src/, with the modules of ours it imports (project-relative paths). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|astro|mjs)$/.test(entry.name)) {
        const text = readFileSync(path, 'utf8');
        const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
        graph.set(
          relative(root, path),
          specs.map((s) => relative(root, normalize(join(dirname(path), s)))),
        );
      }
    }
  };
  walk(src);
  return graph;
}

/** The layers, lowest first: a module may import its own layer and those below, never one above. */
const layers: [name: string, test: (path: string) => boolean][] = [
  ['building blocks', (p) => p.startsWith('src/blocks/')],
  ['content model', (p) => p.startsWith('src/model/')],
  ['UI strings', (p) => p.startsWith('src/i18n/')],
  ['features', (p) => p.startsWith('src/features/')],
  ['configuration', (p) => p.startsWith('src/config/')],
  ['Astro', () => true],
];
const layerOf = (path: string) => layers.findIndex(([, test]) => test(path));

describe('the layers', () => {
  const graph = importGraph();

  it('are all there', () => {
    for (const [name, test] of layers.slice(0, -1)) {
      expect([...graph.keys()].some(test), name).toBe(true);
    }
  });

  it('import only downwards: no building block, content model, UI string or feature reads the configuration', () => {
    const upward: string[] = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        if (layerOf(target) > layerOf(file)) upward.push(`${file} → ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('catch an upward import (the rule can fail)', () => {
    expect(layerOf('src/config/home-town.ts')).toBeGreaterThan(layerOf('src/features/check/check-content.ts'));
    expect(layerOf('src/model/partner.ts')).toBeGreaterThan(layerOf('src/blocks/dates.ts'));
  });
});

describe('the content layout', () => {
  it("is spelled in one module: no other builds a partner's file name", () => {
    const spelling = /index\.\$\{|['`]index\.(?!html)|\/index\\?\.\(|\*\/index\./;
    const elsewhere = [...importGraph().keys()].filter((file) => {
      if (file === 'src/model/layout.ts') return false;
      // Comments may name the files; code may not build their names.
      const code = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      return spelling.test(code);
    });
    expect(elsewhere).toEqual([]);
    expect(spelling.test('`index.${locale}.md`')).toBe(true);
  });
});

describe('the one country list', () => {
  it('accepts in the check every country the form offers', () => {
    const config = cmsConfig(testCmsSettings) as { collections: { name: string; fields?: DecapField[] }[] };
    const fields = config.collections.find((c) => c.name === 'partners')!.fields!;
    const options = fields.find((f) => f.name === 'country')!.options as { value: string }[];
    expect(options.length).toBeGreaterThan(200);
    const partner = readFileSync(join(root, 'tests/fixtures/content/partners/cadca/index.pl.md'), 'utf8');
    // The check's rules for the country, as it runs them on a partner's file: the schema's and the places'.
    const rules = { kind: 'partner', schema: partnerSchema(homeTown), fields: recordFields(homeTown).partner } as const;
    const refused: string[] = [];
    for (const { value } of options) {
      const read = readMarkdown(
        'content/partners/cadca/index.pl.md',
        partner.replace(/^country: .*$/m, `country: ${value}`),
      );
      if (!read.ok) throw new Error(read.problem.en);
      const problems = [...schemaProblems(rules, read.source, 'pl'), ...placeProblems(read.source)];
      if (problems.some((p) => p.field === 'country')) refused.push(value);
    }
    expect(refused).toEqual([]);
    // And the check does refuse a code outside the list.
    const read = readMarkdown('content/partners/cadca/index.pl.md', partner.replace(/^country: .*$/m, 'country: XK'));
    if (!read.ok) throw new Error(read.problem.en);
    expect(
      [...schemaProblems(rules, read.source, 'pl'), ...placeProblems(read.source)].some((p) => p.field === 'country'),
    ).toBe(true);
  });
});
