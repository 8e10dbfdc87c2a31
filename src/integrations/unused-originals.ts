import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../blocks/files.ts';

const picture = /\.(png|jpe?g|webp|avif|gif|svg)$/i;
/** Built files that can name a picture: pages, styles, scripts, feeds and data. */
const naming = /\.(html|css|js|mjs|xml|json|webmanifest|txt)$/;

/**
 * The pictures under `_astro/` that no built file names. Astro copies a picture's original beside the
 * sizes it makes of it (a partner's emblem uploaded at a camera's size, say) although the pages only use
 * the sizes. Pure, for its test: the folder's files and a reader of their text.
 */
export function unusedPictures(files: readonly string[], read: (file: string) => string): string[] {
  const candidates = files.filter((f) => f.startsWith('_astro/') && picture.test(f));
  if (candidates.length === 0) return [];
  const text = files.filter((f) => naming.test(f)).map(read);
  return candidates.filter((file) => {
    const name = file.slice('_astro/'.length);
    return !text.some((t) => t.includes(name));
  });
}

/** Removes from the built site the pictures no page, style or script uses; before compression and search. */
export function unusedOriginals(): AstroIntegration {
  return {
    name: 'unused-originals',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const unused = unusedPictures(listFiles(root), (file) => readFileSync(join(root, file), 'utf8'));
        for (const file of unused) rmSync(join(root, file));
        if (unused.length > 0)
          logger.info(`${unused.length} unused original picture(s) left out: ${unused.join(', ')}`);
      },
    },
  };
}
