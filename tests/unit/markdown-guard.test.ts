import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { markdownGuard } from '../../src/features/markdown/markdown-guard.ts';

/** Astro's own Markdown renderer, as astro.config.mjs sets it up, with and without the guard. */
const guarded = await createSatteriMarkdownProcessor({ mdastPlugins: [markdownGuard] });
const unguarded = await createSatteriMarkdownProcessor({});

const hostile = `<script>alert(1)</script>

Hello <b onclick="steal()">bold</b>, [a link](javascript:alert(2)), <javascript:alert(3)>, [ref][r] and
[data](data:text/html;base64,PHNjcmlwdD4=) and [tab](java\tscript:alert(4)).

<iframe src="https://example.org"></iframe>

- item <img src=x onerror=alert(5)>

![pic](javascript:alert(6))

[r]: vbscript:msgbox
`;

/** Every element and attribute through which a browser would run or load something hostile. */
function dangers(html: string): string[] {
  const found: string[] = [];
  for (const el of parse(html).querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'style'].includes(tag)) found.push(`<${tag}>`);
    for (const [name, value] of Object.entries(el.attributes)) {
      if (/^on/i.test(name)) found.push(`${name}=`);
      // eslint-disable-next-line no-control-regex
      if (/^(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${name}=${value}`);
    }
  }
  return found;
}

describe("the renderer's guard (for when the check is skipped)", () => {
  it('is needed: without it, Astro 7 renders raw HTML and script links as they are', async () => {
    const { code } = await unguarded.render(hostile);
    expect(dangers(code)).toEqual(expect.arrayContaining(['<script>', '<iframe>', 'onclick=', 'onerror=']));
    expect(code).toContain('href="javascript:alert(2)"');
  });

  it('shows raw HTML as text and drops links to javascript:, data: and vbscript: addresses', async () => {
    const { code } = await guarded.render(hostile);
    expect(dangers(code)).toEqual([]);
    expect(code).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The words of a dropped link stay.
    expect(parse(code).textContent).toContain('a link');
  });

  it('leaves ordinary Markdown exactly as Astro renders it', async () => {
    const text = '## Heading\n\nSome *text* with [a link](https://www.riom.fr) and **bold**.\n\n- one\n- two\n';
    expect((await guarded.render(text)).code).toBe((await unguarded.render(text)).code);
  });
});
