import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintHeadingIncrement from 'remark-lint-heading-increment';
import remarkLintNoEmptyUrl from 'remark-lint-no-empty-url';
import remarkLintUnorderedListMarkerStyle from 'remark-lint-unordered-list-marker-style';
import remarkPresetLintConsistent from 'remark-preset-lint-consistent';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import type { Pluggable, Plugin } from 'unified';

/**
 * The lint rules the content follows, in order: remark-lint's recommended and consistency presets, plus
 * one list marker style, heading levels that go up one at a time, and no links without an address.
 * (A rule named twice keeps its last options, as when the presets are used whole.)
 */
export const lintRules: readonly Pluggable[] = [
  ...(remarkPresetLintRecommended.plugins ?? []),
  ...(remarkPresetLintConsistent.plugins ?? []),
  [remarkLintUnorderedListMarkerStyle, 'consistent'],
  remarkLintHeadingIncrement,
  remarkLintNoEmptyUrl,
];

/** `final-newline` for remark-lint's `remark-lint:final-newline`; `remarkLint` for its base plugin. */
export function ruleName(rule: Pluggable): string {
  const plugin = (Array.isArray(rule) ? rule[0] : rule) as Plugin;
  return plugin.name.replace(/^remark-lint:/, '');
}

export function processorOf(rules: readonly Pluggable[]) {
  let processor = remark().use(remarkFrontmatter, ['yaml', 'toml']);
  for (const rule of rules) {
    processor = Array.isArray(rule) ? processor.use(rule[0], ...rule.slice(1)) : processor.use(rule as Plugin);
  }
  return processor.freeze();
}

/** Parses the content's Markdown (frontmatter included); lint plugins add no syntax. */
export const parser = processorOf([]);

/** Every lint rule, ready to run on a parsed tree. */
export const linter = processorOf(lintRules);
