/**
 * `npm run schemas`: writes the JSON Schema of each kind of frontmatter to `.vscode/schemas/`, where the
 * YAML extension of VS Code reads it (see `.vscode/settings.json`). Run it after changing a zod schema or
 * the field guide; a test fails while the committed files differ from what this writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jsonSchemaFiles } from '../lib/content-check/json-schema.ts';

const dir = resolve('.vscode/schemas');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(join(dir, name), text);
  console.log(`.vscode/schemas/${name}`);
}
