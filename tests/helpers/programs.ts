/**
 * The system programs the tests start, with the Debian package each comes from, so that a missing one
 * is named with what to install instead of surfacing as an `ENOENT` on some file of the program's.
 */
import { existsSync } from 'node:fs';

export interface SystemProgram {
  name: string;
  path: string;
  packages: string[];
}

export function missingProgram(program: SystemProgram, cause?: unknown): Error {
  return new Error(
    `${program.name} (${program.path}) is not installed or cannot be started` +
      `${cause instanceof Error ? ` (${cause.message})` : ''}. ` +
      `Install Debian's ${program.packages.join(' and ')}: sudo bash .ci/system-packages`,
  );
}

/** Throws the message above unless every file of the program exists. */
export function requireProgram(program: SystemProgram, files: string[] = [program.path]): void {
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) throw missingProgram(program, new Error(`missing: ${missing.join(', ')}`));
}
