/**
 * A real `astro dev` on a throwaway copy of the project (its caches never race with other tests' builds),
 * on a free port of 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { cleanEnv } from './build-site.ts';
import { get } from './http.ts';
import { freePort } from './ports.ts';
import { copyProject } from './project-copy.ts';

export interface Dev {
  origin: string;
  dir: string;
  /** Everything the server printed so far. */
  log: () => string;
  stop: () => void;
}

/**
 * Starts the server after `prepare` has changed the copy, and waits until the home page answers with a
 * status `ready` accepts (by default any: a server showing the editors' report answers too).
 */
export async function startDev({
  prefix = 'partner-site-dev-',
  prepare = () => {},
  ready = () => true,
}: { prefix?: string; prepare?: (dir: string) => void; ready?: (status: number) => boolean } = {}): Promise<Dev> {
  const project = copyProject(prefix);
  prepare(project.dir);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(
    process.execPath,
    [join(project.dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: project.dir, env: cleanEnv({}, project.dir), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  server.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const stop = () => {
    server.kill();
    project.remove();
  };
  for (let attempt = 0; ; attempt++) {
    try {
      if (ready((await get(`${origin}/miasta-partnerskie/`)).status)) break;
    } catch {
      // Not listening yet.
    }
    if (server.exitCode !== null || attempt > 120) {
      stop();
      throw new Error(`astro dev did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { origin, dir: project.dir, log: () => log, stop };
}
