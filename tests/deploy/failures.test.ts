/**
 * What goes wrong on the town's server, and what the deployment does about it: a release failing its check
 * through nginx, a run killed mid-copy or mid-check, a release whose files do not match what was published.
 * Each time the live site stays a whole, checked release.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  base,
  checksOfSyntheticSite,
  fetchPage,
  nextSource,
  publish,
  publishedId,
  runDeploy,
  startDeploy,
  startRig,
  syntheticSite,
} from '../helpers/releases.ts';

/** Waits, as fast as it can look, until `ready()` or the process ends; then kills its whole group. */
async function killWhen(child: ReturnType<typeof startDeploy>, ready: () => boolean) {
  while (!ready() && child.exitCode === null) await new Promise((r) => setImmediate(r));
  process.kill(-child.pid!, 'SIGKILL');
  await new Promise((done) => child.on('exit', done));
}

describe('a deployment that goes wrong', () => {
  it('rolls a release that fails its check back by itself, says so, and never tries it again', async () => {
    const s = await startRig();
    const good = s.release('release-good');
    expect(runDeploy(s.server).code).toBe(0);
    // A release whose English 404 page is missing: its check of a missing English address fails.
    const dist = syntheticSite('release-broken');
    onTestFinished(() => rmSync(dist, { recursive: true, force: true }));
    rmSync(join(dist, 'en/404.html'));
    expect(publish(dist, s.remote, nextSource(), checksOfSyntheticSite()).status).toBe(0);
    const broken = publishedId(s.remote);

    const run = runDeploy(s.server);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`release ${broken} failed its check through nginx and was rolled back to ${good}`);
    expect(run.stderr).toContain(`${base}en/nie-ma-takiej-strony-sprawdzenie-wydania/ is not a page in 'en'`);
    expect(s.live()).toBe(good);
    expect((await fetchPage(s.origin)).label).toBe('release-good');
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

  it('does not blame a release for a server that fails the check anyway, and deploys it once the server answers', async () => {
    const s = await startRig();
    const good = s.release('release-good');
    expect(runDeploy(s.server).code).toBe(0);
    const next = s.release('release-next');
    // nginx not answering where the check asks (stopped, or misconfigured).
    const down = runDeploy({ ...s.server, env: { ...s.server.env, CHECK_ORIGIN: 'http://127.0.0.1:9' } });
    expect(down.code).toBe(1);
    expect(down.stderr).toContain(`release ${next} failed its check through nginx, and so does ${good}`);
    expect(down.stderr).toContain('the release will be tried again');
    expect(s.live()).toBe(good);
    const up = runDeploy(s.server);
    expect(up.code, up.output).toBe(0);
    expect(s.live()).toBe(next);
  });

  it('leaves the old release served when killed while copying the new one, and finishes on the next run', async () => {
    const s = await startRig();
    const old = s.release('release-old');
    expect(runDeploy(s.server).code).toBe(0);
    const next = s.release('release-big', { filler: 600 });
    const releases = join(s.server.deployDir, 'releases');
    const copying = () => readdirSync(releases).some((n) => n.startsWith('.incoming-'));
    await killWhen(startDeploy(s.server), copying);
    // Killed while copying: the half-copied release is there, and not live.
    expect(copying()).toBe(true);
    expect(s.live()).toBe(old);
    expect((await fetchPage(s.origin)).label).toBe('release-old');

    const rerun = runDeploy(s.server);
    expect(rerun.code, rerun.output).toBe(0);
    expect(s.live()).toBe(next);
    expect(copying()).toBe(false);
    expect((await fetchPage(s.origin)).label).toBe('release-big');
  });

  it('puts the previous release back when killed after the switch, before its check said yes', async () => {
    const s = await startRig();
    const old = s.release('release-old');
    expect(runDeploy(s.server).code).toBe(0);
    const next = s.release('release-new');
    const pending = join(s.server.deployDir, 'state/pending');
    await killWhen(startDeploy(s.server), () => existsSync(pending));
    expect(existsSync(pending), 'killed during the check').toBe(true);

    const rerun = runDeploy(s.server);
    expect(rerun.code, rerun.output).toBe(0);
    expect(rerun.stderr).toContain(`A run was interrupted before checking release ${next}; ${old} is live again.`);
    expect(s.live()).toBe(next);
  });

  it('never makes live a release whose files or manifest do not match what was published', async () => {
    const s = await startRig();
    const good = s.release('release-good');
    runDeploy(s.server);
    /** Changes the published release's commit, keeping its message (and so the digest it names). */
    const tamper = (change: (dir: string) => void) => {
      const work = mkdtempSync(join(tmpdir(), 'partner-release-tamper-'));
      onTestFinished(() => rmSync(work, { recursive: true, force: true }));
      execFileSync('git', ['clone', '-q', '--branch', 'releases', s.remote, work]);
      change(work);
      const git = (...args: string[]) =>
        execFileSync('git', ['-C', work, '-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args]);
      git('commit', '-q', '-a', '--amend', '--no-edit');
      git('push', '-q', '--force', 'origin', 'HEAD:releases');
    };
    const evil = '<!doctype html><html lang="pl"><p>release-evil</p></html>\n';

    // A page changed after the manifest was made.
    s.release('release-next');
    tamper((dir) => writeFileSync(join(dir, 'site/index.html'), evil));
    const changed = runDeploy(s.server);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(
      /refused, its integrity could not be verified: files differ from their sha256 in the manifest: site\/index.html: FAILED/,
    );
    expect(s.live()).toBe(good);
    expect((await fetchPage(s.origin)).label).toBe('release-good');

    // The page and its line of the manifest changed together: the manifest is not the one published.
    s.release('release-later');
    tamper((dir) => {
      writeFileSync(join(dir, 'site/index.html'), evil);
      const sum = execFileSync('sha256sum', ['site/index.html'], { cwd: dir, encoding: 'utf8' }).trim();
      const manifest = readFileSync(join(dir, 'MANIFEST.sha256'), 'utf8').replace(/^.*  site\/index\.html$/m, sum);
      writeFileSync(join(dir, 'MANIFEST.sha256'), manifest);
    });
    const forged = runDeploy(s.server);
    expect(forged.code).toBe(1);
    expect(forged.stderr).toContain('its manifest is not the one published');
    expect(s.live()).toBe(good);
    expect(readdirSync(join(s.server.deployDir, 'releases'))).toEqual([good]);
    expect((await fetchPage(s.origin)).label).toBe('release-good');
  });
});
