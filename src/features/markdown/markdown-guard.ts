import type { MdastPluginDefinition } from 'satteri';
import { isUnsafeUrl } from '../../blocks/unsafe-markup.ts';

/** Parents whose children are inline: escaped HTML stays text there; elsewhere it becomes a paragraph. */
const inlineParents = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'tableCell']);

/**
 * The renderer's last line of defence, for when `npm run check` was skipped: Astro's Markdown renderer
 * (Sätteri) passes raw HTML through untouched and keeps any link scheme. This plugin runs inside it (no
 * second Markdown pipeline) and shows raw HTML as the text it is, drops links and images to
 * `javascript:`, `data:` and `vbscript:` addresses (keeping their words), and empties such definitions.
 */
export const markdownGuard: MdastPluginDefinition = {
  name: 'markdown-guard',
  html(node, ctx) {
    const parent = ctx.parent(node);
    const text = { type: 'text' as const, value: node.value };
    ctx.replaceNode(node, parent && inlineParents.has(parent.type) ? text : { type: 'paragraph', children: [text] });
  },
  link(node, ctx) {
    if (isUnsafeUrl(node.url)) ctx.replaceNode(node, { type: 'text', value: ctx.textContent(node) });
  },
  image(node, ctx) {
    if (isUnsafeUrl(node.url)) ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
  },
  definition(node, ctx) {
    if (isUnsafeUrl(node.url)) ctx.setProperty(node, 'url', '');
  },
};
