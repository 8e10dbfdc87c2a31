import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe as group, expect, inject, it } from 'vitest';
import { publicFiles } from '../helpers/html.ts';
import { describe, validate, type VnuMessage } from '../helpers/vnu.ts';

const dist = inject('distDir');
const tmp = mkdtempSync(join(tmpdir(), 'partner-site-vnu-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A page the checker must find errors in, so that a clean result for the built pages means something. */
const bad = join(tmp, 'bad.html');
let messages: VnuMessage[];

// One run of the checker (one JVM for the pages, one for stylesheets and images) for both tests.
beforeAll(async () => {
  writeFileSync(
    bad,
    '<!doctype html>\n<html lang="pl"><head><title>x</title></head>\n<body><p><div>x</p></body></html>\n',
  );
  const files = publicFiles(dist).filter((f) => /\.(html|css|svg)$/.test(f));
  messages = await validate([...files.map((f) => join(dist, f)), bad]);
});
const aboutBad = (m: VnuMessage) => decodeURIComponent(m.url ?? '').endsWith(bad);

group('the W3C Nu Html Checker', () => {
  it('finds no error in any built page, stylesheet or image', () => {
    const files = publicFiles(dist).filter((f) => /\.(html|css|svg)$/.test(f));
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(20);
    const errors = messages.filter((m) => !aboutBad(m));
    expect(errors.map((m) => describe(m, dist))).toEqual([]);
  });

  it('reports the errors of a broken page, naming file and line (so a clean result above means something)', () => {
    const errors = messages.filter(aboutBad).map((m) => describe(m, tmp));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(/^bad\.html:3:\d+: /);
  });
});
