import type { z } from 'astro/zod';
import type { ProblemCode } from './problem.ts';

/**
 * What a rule of the content model says when content breaks it: its kind of problem and its message in
 * Polish and English, written beside the rule. `{value}` stands for the value as the editor typed it.
 */
export interface RuleWords {
  code: ProblemCode;
  pl: string;
  en: string;
}

/**
 * Reports a broken rule with its own words; the English ones, with the value read, are also zod's
 * message (what Astro shows should the check not have run).
 */
export function breakRule(ctx: z.RefinementCtx, words: RuleWords, at: { value: string; path?: PropertyKey[] }): void {
  ctx.addIssue({
    code: 'custom',
    message: words.en.replaceAll('{value}', at.value),
    params: { rule: words },
    ...(at.path ? { path: at.path } : {}),
  });
}

/** The words of the rule an issue reports, if a rule of ours reported it. */
export function ruleWords(issue: {
  code: string;
  params?: Record<string, unknown> | undefined;
}): RuleWords | undefined {
  const rule = issue.code === 'custom' ? issue.params?.rule : undefined;
  return rule && typeof rule === 'object' ? (rule as RuleWords) : undefined;
}
