/**
 * `npm run schemas`: writes what is generated from the field descriptions on the zod schemas: the JSON
 * Schema of each kind of frontmatter in `.vscode/schemas/` (the YAML extension of VS Code reads it, see
 * `.vscode/settings.json`) and the field tables of the editors' guides. Run it after changing a schema;
 * a test fails while the committed files differ from what this writes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { editorsGuides, withFieldTables } from '../features/authoring/guide-tables.ts';
import { jsonSchemaFiles } from '../features/authoring/json-schema.ts';
import { homeTown } from '../config/home-town.ts';

const dir = resolve('.vscode/schemas');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemaFiles(homeTown))) {
  writeFileSync(join(dir, name), text);
  console.log(`.vscode/schemas/${name}`);
}
for (const [lang, path] of Object.entries(editorsGuides)) {
  const before = readFileSync(path, 'utf8');
  const after = withFieldTables(before, lang as 'pl' | 'en', homeTown);
  if (after !== before) writeFileSync(path, after);
  console.log(path);
}
