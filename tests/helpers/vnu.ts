/** The W3C Nu Html Checker (npm `vnu-jar`) on the installed Java, over many files in one JVM. */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { missingProgram } from './programs.ts';

const require = createRequire(import.meta.url);
export const vnuJar = require.resolve('vnu-jar/build/dist/vnu.jar');

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

function run(args: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-jar', vnuJar, '--errors-only', '--format', 'json', ...args],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') {
          return reject(missingProgram({ name: 'Java', path: 'java', packages: ['default-jre-headless'] }, error));
        }
        let report: { messages?: VnuMessage[] };
        try {
          report = JSON.parse(stderr) as { messages?: VnuMessage[] };
        } catch {
          return reject(new Error(`vnu did not produce a report (${error?.message ?? 'no error'}):\n${stderr}`));
        }
        if (!Array.isArray(report.messages)) return reject(new Error(`vnu report without messages:\n${stderr}`));
        resolve(report.messages.filter((m) => m.type !== 'info'));
      },
    );
  });
}

/**
 * Validates files (HTML, and CSS or SVG by extension) and returns the checker's errors. The checker exits
 * 1 when it finds errors and writes its JSON report to stderr; anything that is not such a report
 * (no Java, a broken jar) is thrown, so a failure to run never passes for a clean result.
 */
export async function validate(files: string[]): Promise<VnuMessage[]> {
  const html = files.filter((f) => f.endsWith('.html'));
  const other = files.filter((f) => !f.endsWith('.html'));
  // Apart: with --also-check-css/svg the checker reports HTML line numbers one line off.
  const [a, b] = await Promise.all([
    html.length > 0 ? run(html) : [],
    other.length > 0 ? run(['--also-check-css', '--also-check-svg', ...other]) : [],
  ]);
  return [...a, ...b];
}

/** `file:line:column: message`, relative to a folder. */
export function describe(message: VnuMessage, root: string): string {
  const file = decodeURIComponent(message.url ?? '')
    .replace(/^file:/, '')
    .replace(root, '')
    .replace(/^\//, '');
  return `${file}:${message.lastLine ?? '?'}:${message.firstColumn ?? '?'}: ${message.message}`;
}
