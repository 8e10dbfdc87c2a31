import type { z } from 'astro/zod';

/** A configuration's zod issues, one indented line each, for an error that stops the build. */
export function formatIssues(error: z.ZodError, source: string): string {
  const lines = error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
  return `${source} is invalid:\n${lines}`;
}
