import { localeCodes, type Locale } from '../../blocks/locales.ts';
import { localizedPath, type PageRef } from '../../i18n/routes.ts';
import { layout } from '../../model/layout.ts';

/** One changed file, as `git diff -z --name-status` reports it. */
export interface ChangedFile {
  /** `A` added, `M` modified, `D` deleted, `R` renamed (the new path), … */
  status: string;
  path: string;
  /** A rename's or copy's old path. */
  from?: string;
}

/** What a pull request changes on the site, for its report. */
export interface TouchedPages {
  /** Pages to look at in the preview, each with its address in every language. */
  pages: { page: PageRef; paths: Record<Locale, string> }[];
  /** Partners whose folder the change removes: their pages are gone from the preview. */
  removed: string[];
  /** True when code, styles or configuration changed: any page may look different. */
  everything: boolean;
}

/**
 * Reads `git diff -z --name-status` output: status and paths separated by NULs (`M\0path\0`,
 * `R100\0old\0new\0`), each path exactly as named, whatever its letters. Without `-z` git quotes and
 * escapes a path with non-ASCII letters (`"content/partners/g\303\266d\303\266ll\305\221/…"`), so
 * the workflow passes `-z`; tab-separated lines (`M\tpath`) are still read, for a text without NULs.
 */
export function parseNameStatus(text: string): ChangedFile[] {
  if (!text.includes('\0')) {
    return text
      .split('\n')
      .map((line) => line.trim().split('\t'))
      .filter((cols) => cols.length >= 2 && cols[0])
      .map((cols) => ({
        status: cols[0]!.charAt(0),
        path: cols.at(-1)!,
        ...(cols.length > 2 ? { from: cols[1]! } : {}),
      }));
  }
  const fields = text.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length;) {
    const status = fields[i++]!.trim();
    if (!status) continue;
    // A rename or copy names two paths, the old and the new; every other status one.
    const from = /^[RC]/.test(status) ? fields[i++] : undefined;
    const path = fields[i++];
    if (path) files.push({ status: status.charAt(0), path, ...(from ? { from } : {}) });
  }
  return files;
}

const ref = (route: PageRef['route'], params?: Record<string, string>): PageRef =>
  params ? { route, params } : { route };

/**
 * The pages a change to these files shows up on. A partner's files touch its own page, the timeline and
 * the home page; the home page's text touches the home page; anything outside the content (code, styles,
 * configuration) may touch every page. Files that are not the site's (the guides, workflows) touch none.
 */
export function touchedPages(files: ChangedFile[], base: string, contentDir = 'content'): TouchedPages {
  const pages = new Map<string, PageRef>();
  const removed = new Set<string>();
  let everything = false;
  const add = (page: PageRef) => pages.set(JSON.stringify(page), page);
  for (const { status, path } of files) {
    const partner = new RegExp(`^${contentDir}/${layout.partners}/([^/]+)/([^/]+)$`).exec(path);
    if (partner) {
      const [, slug, name] = partner;
      if (status === 'D' && name === layout.factsFile) {
        removed.add(slug!);
      } else {
        add(ref('partner', { slug: slug! }));
      }
      add(ref('timeline'));
      add(ref('home'));
      continue;
    }
    if (new RegExp(`^${contentDir}/${layout.pages}/[^/]+/${layout.homePage}\\.md$`).test(path)) {
      add(ref('home'));
      continue;
    }
    if (/^(src|public)\//.test(path) || /^(astro\.config\.mjs|package(-lock)?\.json|tsconfig\.json)$/.test(path)) {
      everything = true;
    }
  }
  // A removed partner has no page to show, even if one of its texts was edited in the same change.
  for (const slug of removed) pages.delete(JSON.stringify(ref('partner', { slug })));
  return {
    pages: [...pages.values()].map((page) => ({
      page,
      paths: Object.fromEntries(localeCodes.map((l) => [l, localizedPath(page, l, base)])) as Record<Locale, string>,
    })),
    removed: [...removed].sort(),
    everything,
  };
}
