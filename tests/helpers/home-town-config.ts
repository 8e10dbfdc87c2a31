/**
 * Gives a project copy another home town: its `src/config/home-town.ts` keeps the schema and helpers,
 * and its `homeTownConfig` becomes the given object.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeHomeTownConfig(dir: string, config: unknown): void {
  const file = join(dir, 'src/config/home-town.ts');
  const source = readFileSync(file, 'utf8');
  const start = source.indexOf('export const homeTownConfig = {');
  const end = source.indexOf('\n};\n', start);
  if (start < 0 || end < 0) throw new Error(`${file}: "export const homeTownConfig = { … };" not found`);
  const value = JSON.stringify(config, null, 2);
  writeFileSync(file, `${source.slice(0, start)}export const homeTownConfig = ${value};\n${source.slice(end + 4)}`);
}
