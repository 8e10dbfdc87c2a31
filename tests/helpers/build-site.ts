/**
 * Vitest global setup: builds the real site once, into a folder of its own, so the tests on the built
 * HTML never depend on whatever `dist/` happens to hold. The build runs in a time zone far from UTC.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export const root = new URL('../..', import.meta.url).pathname;

/**
 * The content the code's tests stand on, relative to the project root: the tests' own, so that no edit of
 * the live `content/` can fail them. Builds and checks read it through `CONTENT_DIR`.
 */
export const fixtureContent = 'tests/fixtures/content';

/**
 * Environment for a child build or check of the project in `cwd`, on the fixture content (a copy made by
 * `copyProject` holds it as its `content/`). Vitest exports Vite's own variables (BASE_URL, MODE, DEV…)
 * into the environment, and a real build must not see them.
 */
export function cleanEnv(extra: Record<string, string> = {}, cwd = root): Record<string, string> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k, v]) => v !== undefined && !/^(VITEST.*|VITE_.*|BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV)$/.test(k),
    ),
  ) as Record<string, string>;
  return { ...clean, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: cwd === root ? fixtureContent : 'content', ...extra };
}

/** Waits `ms` milliseconds without a busy loop (the callers are synchronous). */
function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `fn` while holding the lock `lock` (a folder): test files run side by side, in processes of their
 * own. A lock left by a process that died is taken over.
 */
export function holdingLock<T>(lock: string, fn: () => T): T {
  mkdirSync(join(lock, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = 0;
    try {
      holder = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    } catch {
      // Just created, its pid not written yet.
    }
    if (holder > 0 && !processAlive(holder)) rmSync(lock, { recursive: true, force: true });
    else sleep(200);
  }
  try {
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds of this project (not of a copy) share Astro's caches (`.astro/`, `node_modules/.astro/`): they
 * take turns.
 */
function holdingBuildLock<T>(cwd: string, fn: () => T): T {
  return holdingLock(join(cwd, 'node_modules/.cache/partner-site-build.lock'), fn);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Builds the site (of this project, or of a copy in `cwd`) into `outDir`; returns the folder. */
export function buildSite(outDir: string, env: Record<string, string> = {}, cwd = root): string {
  return holdingBuildLock(cwd, () => buildNow(outDir, env, cwd));
}

function buildNow(outDir: string, env: Record<string, string>, cwd: string): string {
  try {
    execFileSync(process.execPath, [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd,
      env: cleanEnv(env, cwd),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(
      `astro build failed in ${cwd}:\n${stderr?.toString() ?? ''}\n${stdout?.toString().slice(-4000) ?? ''}`,
    );
  }
  return outDir;
}

/**
 * The one build of the fixture content that the build and browser tests read, made by whichever of their
 * global setups runs first (they run in one process) and removed after the last one's teardown.
 */
interface SharedBuild {
  dir: string;
  outDir: string;
  users: number;
}
const shared = globalThis as { partnerSiteFixtureBuild?: SharedBuild };

export default function setup(project: TestProject) {
  let build = shared.partnerSiteFixtureBuild;
  if (!build) {
    const dir = mkdtempSync(join(tmpdir(), 'partner-site-'));
    build = { dir, outDir: buildSite(join(dir, 'dist'), { TZ: 'America/Los_Angeles' }), users: 0 };
    shared.partnerSiteFixtureBuild = build;
  }
  build.users++;
  project.provide('distDir', build.outDir);
  project.provide('variantsDir', join(build.dir, 'variants'));
  const used = build;
  return () => {
    if (--used.users > 0) return;
    rmSync(used.dir, { recursive: true, force: true });
    if (shared.partnerSiteFixtureBuild === used) delete shared.partnerSiteFixtureBuild;
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    /** Where `sharedBuild` keeps the builds of the fixture content for other settings, for this run. */
    variantsDir: string;
  }
}
