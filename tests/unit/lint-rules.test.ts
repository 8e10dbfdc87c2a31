import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import {
  applicableRules,
  lintRules,
  nodeTypes,
  parser,
  processorOf,
  ruleName,
  ruleNodeTypes,
  rulesFor,
  unconditionalRules,
} from '../../src/lib/content-check/lint-rules.ts';
import { listFiles } from '../helpers/html.ts';

/** Every rule, whatever the file holds: what the pruned rule sets must agree with. */
const allRules = processorOf(lintRules);

/**
 * One text breaking each rule. Three rules need GFM syntax, which the content's Markdown doesn't have
 * (tables, task lists, bare addresses), and cannot fire: they are only checked for equal messages below.
 */
const breaking: Record<string, string> = {
  'blockquote-indentation': '> a\n\n>   b\n',
  'no-blockquote-without-marker': '> a\nb\n',
  'code-block-style': '    indented\n\n```\nfenced\n```\n',
  'fenced-code-marker': '```\na\n```\n\n~~~\nb\n~~~\n',
  'emphasis-marker': '*a* and _b_\n',
  'strong-marker': '**a** and __b__\n',
  'hard-break-spaces': 'a   \nb\n',
  'heading-style': '## A\n\nB\n-\n',
  'heading-increment': '## A\n\n#### B\n',
  'no-heading-content-indent': '##  A\n',
  'link-title-style': '[a](https://x.org "t") and [b](https://y.org \'t\')\n',
  'no-empty-url': '[a]()\n',
  'no-duplicate-definitions': '[a][]\n\n[a]: https://x.org\n[a]: https://y.org\n',
  'no-unused-definitions': 'Text.\n\n[a]: https://x.org\n',
  'no-shortcut-reference-image': '![a]\n\n[a]: https://x.org/a.png\n',
  'no-shortcut-reference-link': '[a]\n\n[a]: https://x.org\n',
  'list-item-bullet-indent': ' - a\n - b\n',
  'list-item-content-indent': '- a\n\n   b\n',
  'list-item-indent': '-  a\n',
  'ordered-list-marker-style': '1. a\n\ntext\n\n1) b\n',
  'ordered-list-marker-value': '1. a\n3. b\n',
  'unordered-list-marker-style': '- a\n\ntext\n\n* b\n',
  'rule-style': 'a\n\n***\n\nb\n\n- - -\n',
  'final-newline': 'a',
  'no-undefined-references': '[a][b]\n',
};
const needsGfm = {
  'table-cell-padding': '| a |\n|---|\n',
  'checkbox-character-style': '- [x] a\n',
  'no-literal-urls': 'https://x.org and <https://y.org>\n',
};

function messages(processor: typeof allRules, text: string, pruned: boolean) {
  const file = new VFile({ path: 'x.md', value: text });
  const tree = parser.parse(file) as Root;
  (pruned ? rulesFor(nodeTypes(tree)) : processor).runSync(tree, file);
  return file.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.reason}`).sort();
}

describe('lint rules run only where they can apply', () => {
  it('every rule of the presets is either tied to node types or always run', () => {
    const names = [...new Set(lintRules.map(ruleName))];
    const unaccounted = names.filter((n) => !(n in ruleNodeTypes) && !unconditionalRules.includes(n));
    expect(unaccounted).toEqual([]);
    // And the list names no rule that isn't used.
    expect(Object.keys(ruleNodeTypes).filter((n) => !names.includes(n))).toEqual([]);
  });

  for (const [rule, text] of Object.entries(breaking)) {
    it(`${rule}: reported, and reported the same with only the applicable rules`, () => {
      const all = messages(allRules, text, false);
      expect(
        all.some((m) => m.startsWith(`${rule} `)),
        all.join('\n'),
      ).toBe(true);
      expect(messages(allRules, text, true)).toEqual(all);
    });
  }

  it('gives the same messages as all rules on every content file and every text above put together', () => {
    const root = join(__dirname, '../..');
    const texts = [
      ...listFiles(join(root, 'content'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => readFileSync(join(root, 'content', f), 'utf8')),
      Object.values(breaking).join('\n'),
      ...Object.values(needsGfm),
    ];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) expect(messages(allRules, text, true)).toEqual(messages(allRules, text, false));
  });

  it('skips the rules a plain text cannot break', () => {
    const tree = parser.parse('## Zakres współpracy\n\n- wymiana młodzieży,\n- kultura.\n') as Root;
    const used = applicableRules(nodeTypes(tree)).map(({ name }) => name);
    expect(used).toContain('list-item-indent');
    expect(used).toContain('heading-increment');
    expect(used).not.toContain('code-block-style');
    expect(used).not.toContain('no-unused-definitions');
    expect(used).not.toContain('table-cell-padding');
  });
});
