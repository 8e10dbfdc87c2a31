/**
 * Replaces a configuration object in a project copy's source (`export const <name> = { … };`) with the
 * given value, keeping the rest of the file (its schema and helpers).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeConfigObject(dir: string, file: string, name: string, value: unknown): void {
  const path = join(dir, file);
  const source = readFileSync(path, 'utf8');
  const start = source.indexOf(`export const ${name} = {`);
  const end = source.indexOf('\n};\n', start);
  if (start < 0 || end < 0) throw new Error(`${file}: "export const ${name} = { … };" not found`);
  const json = JSON.stringify(value, null, 2);
  writeFileSync(path, `${source.slice(0, start)}export const ${name} = ${json};\n${source.slice(end + 4)}`);
}
