import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe as group, expect, inject, it } from 'vitest';
import { publicFiles } from '../helpers/html.ts';
import { describe, validate } from '../helpers/vnu.ts';

const dist = inject('distDir');
const tmp = mkdtempSync(join(tmpdir(), 'partner-site-vnu-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

group('the W3C Nu Html Checker', () => {
  it('finds no error in any built page, stylesheet or image', async () => {
    const files = publicFiles(dist).filter((f) => /\.(html|css|svg)$/.test(f));
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(20);
    const errors = await validate(files.map((f) => join(dist, f)));
    expect(errors.map((m) => describe(m, dist))).toEqual([]);
  });

  it('reports the errors of a broken page, naming file and line (so a clean result above means something)', async () => {
    const bad = join(tmp, 'bad.html');
    writeFileSync(
      bad,
      '<!doctype html>\n<html lang="pl"><head><title>x</title></head>\n<body><p><div>x</p></body></html>\n',
    );
    const errors = (await validate([bad])).map((m) => describe(m, tmp));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(/^bad\.html:3:\d+: /);
  });
});
