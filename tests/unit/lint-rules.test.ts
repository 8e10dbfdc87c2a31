import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { linter, lintRules, parser, ruleName } from '../../src/features/check/lint-rules.ts';

/**
 * One text breaking each rule. Three rules need GFM syntax, which the content's Markdown doesn't have
 * (tables, task lists, bare addresses), and cannot fire.
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

function ruleIds(text: string): string[] {
  const file = new VFile({ path: 'x.md', value: text });
  linter.runSync(parser.parse(file) as Root, file);
  return file.messages.map((m) => String(m.ruleId));
}

describe('lint rules', () => {
  it('every rule the presets bring has a text here that breaks it, or needs syntax the content lacks', () => {
    const names = new Set(lintRules.map(ruleName));
    names.delete('remarkLint');
    expect([...names].filter((n) => !(n in breaking) && !(n in needsGfm))).toEqual([]);
  });

  for (const [rule, text] of Object.entries(breaking)) {
    it(`${rule}: reported on a text that breaks it`, () => {
      expect(ruleIds(text)).toContain(rule);
    });
  }

  it('a plain text with a heading and a list breaks no rule', () => {
    expect(ruleIds('## Zakres współpracy\n\n- wymiana młodzieży,\n- kultura.\n')).toEqual([]);
  });

  it("the rules that need GFM do not fire on the content's Markdown", () => {
    for (const [rule, text] of Object.entries(needsGfm)) expect(ruleIds(text)).not.toContain(rule);
  });
});
