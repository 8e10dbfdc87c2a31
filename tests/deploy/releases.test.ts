/**
 * Merged content reaching the town's server with no one's hands on it: releases published by the
 * repository's script into a local bare repository (standing for GitHub), taken by the server's script
 * into a deployment folder that Debian's nginx serves with the repository's configuration, and checked
 * through that nginx before they are kept.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { get } from '../helpers/http.ts';
import { startNginx } from '../helpers/nginx.ts';
import {
  bareRemote,
  base,
  deploymentFolder,
  publish,
  publishedId,
  runDeploy,
  serverFor,
  sourceCommit,
  startDeploy,
  stylesheetOf,
  syntheticSite,
  type Server,
} from '../helpers/releases.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Setup {
  remote: string;
  server: Server;
  origin: string;
  /** Publishes a synthetic release marked `label` and returns its id. */
  release: (label: string, options?: Parameters<typeof syntheticSite>[1]) => string;
  /** The release `current` points at. */
  live: () => string | undefined;
}

let published = 0;

async function setup(extra: Record<string, string> = {}): Promise<Setup> {
  const remote = bareRemote();
  const deployDir = deploymentFolder();
  const nginx = await startNginx(undefined, { deployDir });
  cleanups.push(() => rmSync(remote, { recursive: true, force: true }));
  cleanups.push(() => rmSync(deployDir, { recursive: true, force: true }));
  cleanups.push(() => nginx.stop());
  const server = serverFor(remote, nginx.origin, deployDir, extra);
  return {
    remote,
    server,
    origin: nginx.origin,
    release: (label, options) => {
      const dist = syntheticSite(label, options);
      cleanups.push(() => rmSync(dist, { recursive: true, force: true }));
      const result = publish(dist, remote, sourceCommit(++published));
      expect(result.status, result.stderr).toBe(0);
      return publishedId(remote);
    },
    live: () =>
      existsSync(join(deployDir, 'current')) ? basename(readlinkSync(join(deployDir, 'current'))) : undefined,
  };
}

/** The label of the release a page or stylesheet was served from (see `syntheticSite`). */
const labelOf = (body: string) =>
  /<p>(release-[\w-]+)<\/p>|--release: "(release-[\w-]+)"/.exec(body)?.slice(1).find(Boolean);

async function page(origin: string, path = base) {
  const res = await get(`${origin}${path}`);
  return { status: res.status, headers: res.headers, text: res.body.toString(), label: labelOf(res.body.toString()) };
}

describe('publishing and deploying a release', () => {
  it('publishes two releases in turn, each live once checked, with its files verified and nothing left over', async () => {
    const s = await setup();
    const first = s.release('release-one');
    expect(first).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]{12}$/);
    const one = runDeploy(s.server);
    expect(one.code, one.output).toBe(0);
    expect(one.stdout).toContain(`Release ${first} is live (was none)`);
    expect(s.live()).toBe(first);
    expect((await page(s.origin)).label).toBe('release-one');
    expect((await page(s.origin, `${base}en/towns/adur/`)).label).toBe('release-one');

    const second = s.release('release-two');
    const two = runDeploy(s.server);
    expect(two.code, two.output).toBe(0);
    expect(s.live()).toBe(second);
    const home = await page(s.origin);
    expect(home.label).toBe('release-two');
    expect((await page(s.origin, stylesheetOf(home.text))).label).toBe('release-two');

    // Nothing new: the timer's next run changes nothing and says nothing.
    const again = runDeploy(s.server);
    expect(again).toMatchObject({ code: 0, output: '' });
    expect(readdirSync(join(s.server.deployDir, 'releases')).sort()).toEqual([first, second].sort());
    const status = runDeploy(s.server, 'status');
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`Live release: ${second}`);
    expect(status.stdout).toContain(`built from commit ${sourceCommit(published)}`);
    expect(status.stdout).toMatch(new RegExp(`\\* ${second}`));
    expect(status.stdout).toMatch(/Last run: \S+ live: deployed/);
  });

  it('switches without one failed request while a client loads pages and their stylesheets, and keeps the old ones reachable', async () => {
    const s = await setup({ KEEP_RELEASES: '2' });
    s.release('release-a');
    expect(runDeploy(s.server).code).toBe(0);
    const before = await page(s.origin);
    const oldStylesheet = stylesheetOf(before.text);

    const failures: string[] = [];
    const seen = new Set<string>();
    let loading = true;
    const client = async () => {
      while (loading) {
        for (const path of [base, `${base}en/`, `${base}miasta/adur/`]) {
          const p = await page(s.origin, path);
          if (p.status !== 200 || !p.label) failures.push(`${path} ${p.status}`);
          // The page's own stylesheet, asked for after the page, whichever release is live by then.
          const css = await page(s.origin, stylesheetOf(p.text));
          if (css.status !== 200 || css.label !== p.label)
            failures.push(`${path} ${p.label} → css ${css.status} ${css.label}`);
          seen.add(p.label ?? '?');
        }
      }
    };
    const clients = [client(), client(), client()];
    for (const label of ['release-b', 'release-c', 'release-d']) {
      s.release(label);
      const child = startDeploy(s.server);
      const code = await new Promise((done) => child.on('exit', done));
      expect(code).toBe(0);
      await new Promise((r) => setTimeout(r, 50));
    }
    loading = false;
    await Promise.all(clients);
    expect(failures).toEqual([]);
    expect([...seen].sort()).toEqual(['release-a', 'release-b', 'release-c', 'release-d']);

    // A page of release c, the one before the live one, loads its stylesheet from the releases kept.
    expect((await page(s.origin)).label).toBe('release-d');
    const kept = readdirSync(join(s.server.deployDir, 'releases')).filter((n) => !n.startsWith('.'));
    expect(kept).toHaveLength(2);
    // Release a is no longer kept: its stylesheet is gone with it; the live one's serves from the release.
    const gone = await page(s.origin, oldStylesheet);
    expect(gone.status).toBe(404);
    const cReleaseDir = join(s.server.deployDir, 'releases', kept.sort()[0]!);
    const cStylesheet = stylesheetOf(readFileSync(join(cReleaseDir, 'site/index.html'), 'utf8'));
    const c = await page(s.origin, cStylesheet);
    expect(c).toMatchObject({ status: 200, label: 'release-c' });
    expect(c.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(c.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('rolls a release that fails its check back by itself, says so, and never tries it again', async () => {
    const s = await setup();
    const good = s.release('release-good');
    expect(runDeploy(s.server).code).toBe(0);
    // A release whose English 404 page is missing: its check of a missing English address fails.
    const dist = syntheticSite('release-broken');
    cleanups.push(() => rmSync(dist, { recursive: true, force: true }));
    rmSync(join(dist, 'en/404.html'));
    expect(publish(dist, s.remote, sourceCommit(++published)).status).toBe(0);
    const broken = publishedId(s.remote);

    const run = runDeploy(s.server);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`release ${broken} failed its check through nginx and was rolled back to ${good}`);
    expect(run.stderr).toContain(`${base}en/nie-ma-takiej-strony-sprawdzenie-wydania/ is not a page in 'en'`);
    expect(s.live()).toBe(good);
    expect((await page(s.origin)).label).toBe('release-good');
    expect(existsSync(join(s.server.deployDir, 'releases', broken))).toBe(false);

    const next = runDeploy(s.server);
    expect(next.code).toBe(1);
    expect(next.stderr).toContain(`Release ${broken} was refused earlier`);
    expect(s.live()).toBe(good);
    expect(runDeploy(s.server, 'status').stdout).toContain(`${broken} check:`);

    // The next good release goes live as usual.
    const fixed = s.release('release-fixed');
    expect(runDeploy(s.server).code).toBe(0);
    expect(s.live()).toBe(fixed);
  });

  it('leaves the old release served when killed while copying the new one, and finishes on the next run', async () => {
    const s = await setup();
    const old = s.release('release-old');
    expect(runDeploy(s.server).code).toBe(0);
    const next = s.release('release-big', { filler: 4000 });
    const child = startDeploy(s.server);
    const releases = join(s.server.deployDir, 'releases');
    const copying = () => readdirSync(releases).some((n) => n.startsWith('.incoming-'));
    while (!copying() && child.exitCode === null) await new Promise((r) => setImmediate(r));
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((done) => child.on('exit', done));
    // It was killed mid-copy: the half-copied release is there, and not live.
    expect(copying()).toBe(true);
    expect(s.live()).toBe(old);
    expect((await page(s.origin)).label).toBe('release-old');

    const rerun = runDeploy(s.server);
    expect(rerun.code, rerun.output).toBe(0);
    expect(s.live()).toBe(next);
    expect(copying()).toBe(false);
    expect((await page(s.origin)).label).toBe('release-big');
  });

  it('puts the previous release back when killed after the switch, before its check said yes', async () => {
    const s = await setup();
    const old = s.release('release-old');
    expect(runDeploy(s.server).code).toBe(0);
    const next = s.release('release-new');
    const child = startDeploy(s.server);
    const pending = join(s.server.deployDir, 'state/pending');
    while (!existsSync(pending) && child.exitCode === null) await new Promise((r) => setImmediate(r));
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((done) => child.on('exit', done));
    expect(existsSync(pending), 'killed during the check').toBe(true);

    const rerun = runDeploy(s.server);
    expect(rerun.code, rerun.output).toBe(0);
    expect(rerun.stderr).toContain(`A run was interrupted before checking release ${next}; ${old} is live again.`);
    expect(s.live()).toBe(next);
  });

  it('rolls back by hand to the release before or to any kept one, and resumes with the next published', async () => {
    const s = await setup();
    const one = s.release('release-one');
    runDeploy(s.server);
    const two = s.release('release-two');
    runDeploy(s.server);
    expect(s.live()).toBe(two);

    const back = runDeploy(s.server, 'rollback');
    expect(back.code, back.output).toBe(0);
    expect(back.stdout).toContain(`Release ${one} is live (was ${two})`);
    expect(s.live()).toBe(one);
    expect((await page(s.origin)).label).toBe('release-one');
    // The timer does not bring back the release rolled back from.
    expect(runDeploy(s.server).code).toBe(0);
    expect(s.live()).toBe(one);
    expect(runDeploy(s.server, 'status').stdout).toContain(`Held back after a rollback by hand: ${two}`);

    const forward = runDeploy(s.server, 'rollback', two);
    expect(forward.code, forward.output).toBe(0);
    expect((await page(s.origin)).label).toBe('release-two');
    const unknown = runDeploy(s.server, 'rollback', '20000101T000000Z-0000000');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('is not kept here; kept:');

    runDeploy(s.server, 'rollback', one);
    const three = s.release('release-three');
    expect(runDeploy(s.server).code).toBe(0);
    expect(s.live()).toBe(three);
  });

  it('never publishes a release whose files or manifest do not match what was published', async () => {
    const s = await setup();
    const good = s.release('release-good');
    runDeploy(s.server);
    const tamper = (change: (dir: string) => void) => {
      const work = mkdtempSync(join(tmpdir(), 'partner-release-tamper-'));
      cleanups.push(() => rmSync(work, { recursive: true, force: true }));
      execFileSync('git', ['clone', '-q', '--branch', 'releases', s.remote, work]);
      change(work);
      const git = (...args: string[]) =>
        execFileSync('git', ['-C', work, '-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args]);
      git('commit', '-q', '-a', '--amend', '--no-edit');
      git('push', '-q', '--force', 'origin', 'HEAD:releases');
    };

    // A page changed after the manifest was made.
    s.release('release-next');
    tamper((dir) => writeFileSync(join(dir, 'site/index.html'), '<html lang="pl"><p>release-evil</p>'));
    const changed = runDeploy(s.server);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(
      /refused, its integrity could not be verified: files differ from their sha256 in the manifest: site\/index.html: FAILED/,
    );
    expect(s.live()).toBe(good);
    expect((await page(s.origin)).label).toBe('release-good');

    // The page and its line of the manifest changed together: the manifest is no longer the one named.
    s.release('release-later');
    tamper((dir) => {
      writeFileSync(join(dir, 'site/index.html'), '<html lang="pl"><p>release-evil</p>');
      const sum = execFileSync('sha256sum', ['site/index.html'], { cwd: dir, encoding: 'utf8' });
      const manifest = readFileSync(join(dir, 'MANIFEST.sha256'), 'utf8').replace(
        /^.*  site\/index\.html$/m,
        sum.trim(),
      );
      writeFileSync(join(dir, 'MANIFEST.sha256'), manifest);
    });
    const forged = runDeploy(s.server);
    expect(forged.code).toBe(1);
    expect(forged.stderr).toContain('its manifest is not the one published');
    expect(s.live()).toBe(good);
    expect(readdirSync(join(s.server.deployDir, 'releases'))).toEqual([good]);
    expect((await page(s.origin)).label).toBe('release-good');
  });

  it('refuses to publish what was not built', () => {
    const empty = mkdtempSync(join(tmpdir(), 'partner-release-empty-'));
    cleanups.push(() => rmSync(empty, { recursive: true, force: true }));
    const remote = bareRemote();
    cleanups.push(() => rmSync(remote, { recursive: true, force: true }));
    const checks = join(empty, 'checks.txt');
    writeFileSync(checks, `200 ${base} pl\n`);
    const result = publish(empty, remote, sourceCommit(99), checks);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('has no index.html: nothing built, nothing published');
    expect(() => execFileSync('git', ['--git-dir', remote, 'rev-parse', '--verify', '-q', 'releases'])).toThrow();
  });
});
