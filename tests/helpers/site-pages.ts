import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicFiles } from './html.ts';

/** A page of the built site as a visitor reaches it. */
export interface SitePage {
  /** The built file, relative to dist (`en/towns/riom/index.html`, `404.html`). */
  file: string;
  /** Path to request on the server, with the base (`/miasta-partnerskie/en/towns/riom/`). */
  path: string;
  /** `<html lang>` of the page. */
  lang: string;
  /** The status the server must answer with: the 404 pages are reached at an address that does not exist. */
  status: 200 | 404;
}

/**
 * Every page of the built site, found from the files themselves (not from a list kept by hand), so a
 * new page is checked the day it is added. A `404.html` is visited at a missing address of its language.
 */
export function sitePages(dist: string, base = '/miasta-partnerskie/'): SitePage[] {
  return publicFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file): SitePage => {
      const html = readFileSync(join(dist, file), 'utf8');
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
      if (/(^|\/)404\.html$/.test(file)) {
        return { file, path: `${base}${file.replace(/404\.html$/, '')}no-such-page-e2e/`, lang, status: 404 };
      }
      const path = file.endsWith('index.html') ? file.replace(/index\.html$/, '') : file;
      return { file, path: `${base}${path}`, lang, status: 200 };
    });
}
