import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { listFiles } from '../helpers/html.ts';

const tmp = mkdtempSync(join(tmpdir(), 'partner-site-tz-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('builds a byte-identical dist/ again, even in a time zone on the other side of the date line', () => {
  const west = inject('distDir'); // built under America/Los_Angeles (UTC−8/−7)
  const east = buildSite(join(tmp, 'dist'), { TZ: 'Pacific/Kiritimati' }); // UTC+14
  const files = listFiles(west);
  expect(listFiles(east)).toEqual(files);
  expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(20);
  for (const file of files) {
    expect(readFileSync(join(east, file)).equals(readFileSync(join(west, file))), file).toBe(true);
  }
  // So are the open data files and the search index.
  const other = listFiles(west).filter((f) => /^(data|pagefind)\//.test(f));
  expect(listFiles(east).filter((f) => /^(data|pagefind)\//.test(f))).toEqual(other);
  expect(other.length).toBeGreaterThan(10);
  for (const file of other)
    expect(readFileSync(join(east, file)).equals(readFileSync(join(west, file))), file).toBe(true);
});
