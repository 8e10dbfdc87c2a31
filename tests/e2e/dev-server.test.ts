/**
 * `npm run dev`, which the editors' guide gives for previewing: the pages, the map outlines they load and
 * the open data files all answer, at the same addresses as on the built site. Run on a copy of the
 * project, so the dev server's caches never race with the builds of the other tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/build-site';
import { get } from '../helpers/http';
import { freePort } from '../helpers/ports';
import { copyProject } from '../helpers/project-copy';

const project = copyProject('partner-site-dev-');
let server: ChildProcess | undefined;
let origin = '';

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [join(project.dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: project.dir, env: cleanEnv({}, project.dir), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  server.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  // Ready when the home page answers.
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await get(`${origin}/miasta-partnerskie/`)).status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (attempt > 120) throw new Error(`astro dev did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

afterAll(() => {
  server?.kill();
  project.remove();
});

describe('npm run dev', () => {
  it('serves the pages in both languages and the map outline each page loads', async () => {
    for (const path of [
      '/miasta-partnerskie/',
      '/miasta-partnerskie/miasta/riom/',
      '/miasta-partnerskie/en/towns/riom/',
    ]) {
      const page = await get(`${origin}${path}`);
      expect(page.status, path).toBe(200);
      const outlines = [...page.body.toString('utf8').matchAll(/<image href="([^"]+)"/g)].map((m) => m[1]!);
      expect(outlines, path).toHaveLength(1);
      const outline = await get(`${origin}${outlines[0]}`);
      expect(outline.status, outlines[0]).toBe(200);
      expect(outline.headers['content-type']).toContain('image/svg+xml');
      expect(outline.body.toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    }
  });

  it('serves the open data files', async () => {
    for (const path of ['data/partners.json', 'data/events.csv', 'data/anniversaries.pl.ics']) {
      expect((await get(`${origin}/miasta-partnerskie/${path}`)).status, path).toBe(200);
    }
  });
});
