import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

import { listFiles } from '../../src/blocks/files.ts';

export { listFiles };

/** Reads a built page by its site-relative folder (`miasta/riom/`) or file (`404.html`). */
export function readPage(dist: string, path: string): HTMLElement {
  const file = path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
  if (!existsSync(file)) throw new Error(`no page built at ${path} (${file})`);
  return parse(readFileSync(file, 'utf8'));
}

/**
 * `<time>` elements of a node as [datetime, visible text] pairs, in document order; any space (also a
 * non-breaking one) in the text reads as one ordinary space.
 */
export function times(node: HTMLElement): [string, string][] {
  return node
    .querySelectorAll('time')
    .map((t) => [t.getAttribute('datetime') ?? '', t.textContent.replace(/\s+/g, ' ').trim()]);
}

/** The CMS's folder in the built site: not a public page (tested on its own, tests/e2e/cms*.test.ts). */
export const cmsFolder = 'admin/';

/** Every file of a built site that the public reads: all of it but the CMS. */
export function publicFiles(dir: string): string[] {
  return listFiles(dir).filter((file) => !file.startsWith(cmsFolder));
}
