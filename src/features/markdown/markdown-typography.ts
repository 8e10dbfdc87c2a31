import type { MdastPluginDefinition } from 'satteri';
import { localeCodes } from '../../blocks/locales.ts';
import { contentPath } from '../../model/layout.ts';
import { typeset } from '../../blocks/typography.ts';

/**
 * The language of a content file from its path (a partner's file or a text page).
 */
export function languageOfContentFile(path: string): string | undefined {
  const file = contentPath(path);
  const lang = file.kind === 'other' ? undefined : file.lang;
  return lang && (localeCodes as readonly string[]).includes(lang) ? lang : undefined;
}

/**
 * Runs inside Astro's Markdown renderer: the text of a Polish or English body gets that language's
 * typography (`src/blocks/typography.ts`), so editors type ordinary spaces and straight apostrophes.
 */
export const markdownTypography: MdastPluginDefinition = {
  name: 'markdown-typography',
  text(node, ctx) {
    const lang = ctx.fileURL && languageOfContentFile(decodeURIComponent(ctx.fileURL.pathname));
    if (!lang) return;
    const value = typeset(node.value, lang);
    if (value !== node.value) ctx.setProperty(node, 'value', value);
  },
};
