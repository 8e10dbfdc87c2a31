/**
 * Vitest global setup: builds the real site once, into a folder of its own, so the tests on the built
 * HTML never depend on whatever `dist/` happens to hold. The build runs in a time zone far from UTC.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

/** Builds the site (of this project, or of a copy in `cwd`) into `outDir`; returns the folder. */
export function buildSite(outDir: string, env: Record<string, string> = {}, cwd = root): string {
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

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'partner-site-'));
  const outDir = buildSite(join(dir, 'dist'), { TZ: 'America/Los_Angeles' });
  project.provide('distDir', outDir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}
