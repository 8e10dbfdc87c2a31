import type { Root } from 'mdast';
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

/**
 * The node types each rule looks at. A file without any of them cannot break the rule, so it is not run:
 * on a typical text (a heading and a list) that halves the lint's time. Rules not listed (the base
 * plugin, `final-newline`, `no-undefined-references`, which reads plain text) always run.
 * `lint-rules.test.ts` checks that every rule the presets bring is accounted for, and that skipping
 * changes no message.
 */
export const ruleNodeTypes: Readonly<Record<string, readonly string[]>> = {
  'blockquote-indentation': ['blockquote'],
  'no-blockquote-without-marker': ['blockquote'],
  'checkbox-character-style': ['listItem'],
  'code-block-style': ['code'],
  'fenced-code-marker': ['code'],
  'emphasis-marker': ['emphasis'],
  'strong-marker': ['strong'],
  'hard-break-spaces': ['break'],
  'heading-style': ['heading'],
  'heading-increment': ['heading'],
  'no-heading-content-indent': ['heading'],
  'link-title-style': ['link', 'image', 'definition'],
  'no-empty-url': ['link', 'image', 'definition'],
  'no-literal-urls': ['link'],
  'no-duplicate-definitions': ['definition', 'footnoteDefinition'],
  'no-unused-definitions': ['definition', 'footnoteDefinition'],
  'no-shortcut-reference-image': ['imageReference'],
  'no-shortcut-reference-link': ['linkReference'],
  'list-item-bullet-indent': ['list'],
  'list-item-content-indent': ['listItem'],
  'list-item-indent': ['listItem'],
  'ordered-list-marker-style': ['list'],
  'ordered-list-marker-value': ['list'],
  'unordered-list-marker-style': ['list'],
  'rule-style': ['thematicBreak'],
  'table-cell-padding': ['table'],
};

/** Rules that always run: they are not tied to a kind of node. */
export const unconditionalRules: readonly string[] = ['remarkLint', 'final-newline', 'no-undefined-references'];

/** Every node type in a tree. */
export function nodeTypes(tree: Root): Set<string> {
  const types = new Set<string>();
  const walk = (node: { type: string; children?: unknown[] }) => {
    types.add(node.type);
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(tree);
  return types;
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

const byRuleSet = new Map<string, ReturnType<typeof processorOf>>();

/** Each rule with its name and the node types it needs, worked out once rather than for every file. */
const namedRules = lintRules.map((rule) => ({ rule, name: ruleName(rule), needs: ruleNodeTypes[ruleName(rule)] }));

/** The rules (with their names) that can apply to a tree with these node types. */
export function applicableRules(types: ReadonlySet<string>): { rule: Pluggable; name: string }[] {
  return namedRules.filter(({ needs }) => needs === undefined || needs.some((type) => types.has(type)));
}

/** A processor with the rules that can apply to a tree with these node types (built once per set). */
export function rulesFor(types: ReadonlySet<string>): ReturnType<typeof processorOf> {
  const applicable = applicableRules(types);
  const key = applicable.map(({ name }) => name).join(' ');
  let processor = byRuleSet.get(key);
  if (!processor) byRuleSet.set(key, (processor = processorOf(applicable.map(({ rule }) => rule))));
  return processor;
}
