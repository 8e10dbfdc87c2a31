import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The line under the check's report when it stops a build. */
export const contentStopped =
  'Budowanie przerwane z powodu błędów w treści. / Build stopped: the content has problems.';

export interface ContentCheckRun {
  child: ChildProcess;
  /** The check's exit code (a signal counts as a failure) and its report, once it has finished. */
  done: Promise<{ code: number; report: string }>;
}

/**
 * `npm run check` on the project in `root`, in a child process (so on the other core while Astro builds).
 * Without GitHub annotations: whoever started it prints the report, once.
 */
export function startContentCheck(root: string): ContentCheckRun {
  const child = spawn(process.execPath, [join('src', 'cli', 'check.ts'), root], {
    cwd: root,
    env: { ...process.env, GITHUB_ACTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let report = '';
  child.stdout!.on('data', (d: Buffer) => (report += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (report += d.toString()));
  const done = new Promise<{ code: number; report: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, report: report.trim() }));
  });
  return { child, done };
}
