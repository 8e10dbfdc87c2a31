import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';
import { describe, expect, it } from 'vitest';
import { recordFields } from '../../src/model/schema-fields.ts';
import { jsonSchemaFiles } from '../../src/features/authoring/json-schema.ts';
import { recordKinds, recordSchemas } from '../../src/model/records.ts';
import { fixtureContent, root } from '../helpers/build-site.ts';
import { schemaPaths } from '../helpers/schema-paths.ts';
import { homeTown } from '../../src/config/home-town.ts';

const kinds = recordKinds;

describe('the field guide', () => {
  for (const kind of kinds) {
    it(`explains exactly the fields of the ${kind} schema`, () => {
      expect(Object.keys(recordFields(homeTown)[kind]).sort()).toEqual(
        schemaPaths(recordSchemas(homeTown)[kind]()).sort(),
      );
    });
  }
});

describe('the JSON Schemas for the editor', () => {
  it('are committed as the generator writes them (run `npm run schemas` after changing a schema)', () => {
    const files = jsonSchemaFiles(homeTown);
    expect(readdirSync(join(root, '.vscode/schemas')).sort()).toEqual(Object.keys(files).sort());
    for (const [name, text] of Object.entries(files)) {
      expect(readFileSync(join(root, '.vscode/schemas', name), 'utf8'), name).toBe(text);
    }
  });

  // The YAML language server that Red Hat's VS Code extension runs, driven as the extension drives it.
  const settingsText = readFileSync(join(root, '.vscode/settings.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const settings = JSON.parse(settingsText) as { 'yaml.schemas': Record<string, string> };
  const [schemaPath, glob] = Object.entries(settings['yaml.schemas'])[0]!;
  const schema = JSON.parse(readFileSync(join(root, schemaPath), 'utf8'));
  const service = getLanguageService({
    schemaRequestService: async () => JSON.stringify(schema),
    workspaceContext: { resolveRelativePath: (relative: string) => relative },
  });
  service.configure({
    validate: true,
    completion: true,
    hover: true,
    schemas: [{ uri: 'file:///partner.schema.json', fileMatch: [glob], schema }],
  });
  // The service caches a document by address and version, so every text opened is a new version.
  let version = 0;
  const open = (slug: string, text: string) =>
    TextDocument.create(`file://${root}/content/partners/${slug}/index.pl.md`, 'yaml', ++version, text);
  /** The frontmatter of a file, with its --- lines: what the YAML language server can read of it. */
  const frontmatterOf = (text: string) => text.slice(0, text.indexOf('\n---', 3) + 5);

  it('are named in .vscode/settings.json for the Polish file of each partner', () => {
    expect(schemaPath).toBe('./.vscode/schemas/partner.schema.json');
    expect(glob).toBe('content/partners/*/index.pl.md');
  });

  it('find nothing wrong in the frontmatter of any index.pl.md of valid content', async () => {
    const slugs = readdirSync(join(root, fixtureContent, 'partners'));
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const text = frontmatterOf(readFileSync(join(root, fixtureContent, 'partners', slug, 'index.pl.md'), 'utf8'));
      const diagnostics = await service.doValidation(open(slug, text), false);
      expect(
        diagnostics.map((d) => d.message),
        slug,
      ).toEqual([]);
    }
  });

  it('flag a misspelt field, a wrong country code, an unknown area and a bad date while typing', async () => {
    const text = frontmatterOf(readFileSync(join(root, fixtureContent, 'partners/riom/index.pl.md'), 'utf8'))
      .replace('website:', 'webiste:')
      .replace('country: FR', 'country: France')
      .replace('  - sport\n', '  - sports\n')
      .replace('date: 1996-06-15', 'date: 15.06.1996');
    const lines = text.split('\n');
    const diagnostics = await service.doValidation(open('riom', text), false);
    const flagged = diagnostics.map((d) => lines[d.range.start.line]!.trim().split(':')[0]);
    expect(flagged.sort()).toEqual(['- sports', 'country', 'date', 'webiste']);
  });

  it('complete field names and area keys, with their Polish and English explanation', async () => {
    const text = '---\nname: Riom\nco\n---\n';
    const fields = await service.doComplete(open('riom', text), { line: 2, character: 2 }, false);
    expect(fields.items.map((i) => i.label)).toEqual(expect.arrayContaining(['country', 'coordinates']));
    const areas = await service.doComplete(open('riom', '---\nareas:\n  - \n---\n'), { line: 2, character: 4 }, false);
    expect(areas.items.map((i) => i.label)).toEqual(expect.arrayContaining(['culture', 'fire-brigades']));
    const hover = await service.doHover(open('riom', '---\ncountry: FR\n---\n'), { line: 1, character: 2 });
    expect(JSON.stringify(hover?.contents)).toContain('dwuliterowy kod ISO 3166-1');
  });
});
