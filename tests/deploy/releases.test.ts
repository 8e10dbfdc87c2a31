/**
 * Merged content reaching the town's server with no one's hands on it: releases published by the
 * repository's script into a local bare repository (standing for GitHub), taken by the server's script
 * into a deployment folder that Debian's nginx serves with the repository's configuration, and checked
 * through that nginx before they are kept. Failures and interruptions: `failures.test.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  bareRemote,
  base,
  fetchPage,
  publish,
  runDeploy,
  sourceCommit,
  startDeploy,
  startRig,
  stylesheetOf,
} from '../helpers/releases.ts';

describe('publishing and deploying releases', () => {
  it('publishes two releases in turn, each live once checked, and says so in its status', async () => {
    const s = await startRig();
    const first = s.release('release-one');
    expect(first).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]{12}$/);
    const one = runDeploy(s.server);
    expect(one.code, one.output).toBe(0);
    expect(one.stdout).toContain(`Release ${first} is live (was none)`);
    expect(s.live()).toBe(first);
    expect((await fetchPage(s.origin)).label).toBe('release-one');
    expect((await fetchPage(s.origin, `${base}en/towns/adur/`)).label).toBe('release-one');

    const second = s.release('release-two');
    const two = runDeploy(s.server);
    expect(two.code, two.output).toBe(0);
    expect(s.live()).toBe(second);
    const home = await fetchPage(s.origin);
    expect(home.label).toBe('release-two');
    expect((await fetchPage(s.origin, stylesheetOf(home.text))).label).toBe('release-two');

    // Nothing new: the timer's next run changes nothing and says nothing.
    expect(runDeploy(s.server)).toMatchObject({ code: 0, output: '' });
    expect(readdirSync(join(s.server.deployDir, 'releases')).sort()).toEqual([first, second].sort());
    const status = runDeploy(s.server, 'status');
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`Live release: ${second}`);
    expect(status.stdout).toMatch(/built from commit [0-9a-f]{40} at \d{4}-\d\d-\d\dT/);
    expect(status.stdout).toMatch(new RegExp(`\\* ${second}`));
    expect(status.stdout).toMatch(/Last run: \S+ live: deployed/);
  });

  it('switches without one failed request while clients load pages and their stylesheets, and keeps earlier assets reachable', async () => {
    const s = await startRig({ KEEP_RELEASES: '2' });
    s.release('release-a');
    expect(runDeploy(s.server).code).toBe(0);
    const oldStylesheet = stylesheetOf((await fetchPage(s.origin)).text);

    const failures: string[] = [];
    const seen = new Set<string>();
    let loading = true;
    const client = async () => {
      while (loading) {
        for (const path of [base, `${base}en/`, `${base}miasta/adur/`]) {
          const p = await fetchPage(s.origin, path);
          if (p.status !== 200 || !p.label) failures.push(`${path} ${p.status}`);
          // The page's own stylesheet, asked for after the page, whichever release is live by then.
          const css = await fetchPage(s.origin, stylesheetOf(p.text));
          if (css.status !== 200 || css.label !== p.label) {
            failures.push(`${path} of ${p.label}: stylesheet ${css.status} ${css.label}`);
          }
          seen.add(p.label ?? '?');
        }
      }
    };
    const clients = [client(), client()];
    for (const label of ['release-b', 'release-c']) {
      s.release(label);
      const child = startDeploy(s.server);
      expect(await new Promise((done) => child.on('exit', done))).toBe(0);
      await new Promise((r) => setTimeout(r, 100));
    }
    loading = false;
    await Promise.all(clients);
    expect(failures).toEqual([]);
    expect([...seen].sort()).toEqual(['release-a', 'release-b', 'release-c']);

    // Two releases kept: a's stylesheet is gone with it; a page of b still gets its own, with its headers.
    expect((await fetchPage(s.origin)).label).toBe('release-c');
    const releases = join(s.server.deployDir, 'releases');
    const kept = readdirSync(releases).filter((n) => !n.startsWith('.'));
    expect(kept).toHaveLength(2);
    expect((await fetchPage(s.origin, oldStylesheet)).status).toBe(404);
    const b = kept.find((id) => readFileSync(join(releases, id, 'site/index.html'), 'utf8').includes('release-b'))!;
    const bStylesheet = await fetchPage(
      s.origin,
      stylesheetOf(readFileSync(join(releases, b, 'site/index.html'), 'utf8')),
    );
    expect(bStylesheet).toMatchObject({ status: 200, label: 'release-b' });
    expect(bStylesheet.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(bStylesheet.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('rolls back by hand to the release before or to any kept one, and resumes with the next published', async () => {
    const s = await startRig();
    const one = s.release('release-one');
    runDeploy(s.server);
    const two = s.release('release-two');
    runDeploy(s.server);
    expect(s.live()).toBe(two);

    const back = runDeploy(s.server, 'rollback');
    expect(back.code, back.output).toBe(0);
    expect(back.stdout).toContain(`Release ${one} is live (was ${two})`);
    expect(s.live()).toBe(one);
    expect((await fetchPage(s.origin)).label).toBe('release-one');
    // The timer does not bring back the release rolled back from.
    expect(runDeploy(s.server).code).toBe(0);
    expect(s.live()).toBe(one);
    expect(runDeploy(s.server, 'status').stdout).toContain(`Held back after a rollback by hand: ${two}`);

    const forward = runDeploy(s.server, 'rollback', two);
    expect(forward.code, forward.output).toBe(0);
    expect((await fetchPage(s.origin)).label).toBe('release-two');
    const unknown = runDeploy(s.server, 'rollback', '20000101T000000Z-0000000');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('is not kept here; kept:');

    expect(runDeploy(s.server, 'rollback', one).code).toBe(0);
    const three = s.release('release-three');
    expect(runDeploy(s.server).code).toBe(0);
    expect(s.live()).toBe(three);
  });

  it('refuses to publish what was not built', () => {
    const empty = mkdtempSync(join(tmpdir(), 'partner-release-empty-'));
    const remote = bareRemote();
    onTestFinished(() => {
      for (const dir of [empty, remote]) rmSync(dir, { recursive: true, force: true });
    });
    const checks = join(empty, 'checks.txt');
    writeFileSync(checks, `200 ${base} pl\n`);
    const result = publish(empty, remote, sourceCommit(99), checks);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('has no index.html: nothing built, nothing published');
    expect(() => execFileSync('git', ['--git-dir', remote, 'rev-parse', '--verify', '-q', 'releases'])).toThrow();
  });
});
