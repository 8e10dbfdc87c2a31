import { localeCodes, type Locale } from '../../blocks/locales.ts';
import { localizedPath, type PageRef } from '../../i18n/routes.ts';
import { layout } from '../../model/layout.ts';

/** One changed file, as `git diff --name-status` reports it. */
export interface ChangedFile {
  /** `A` added, `M` modified, `D` deleted, `R` renamed (the new path), … */
  status: string;
  path: string;
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

/** Reads `git diff --name-status` output: `M\tpath`, `R100\told\tnew`. */
export function parseNameStatus(text: string): ChangedFile[] {
  return text
    .split('\n')
    .map((line) => line.trim().split('\t'))
    .filter((cols) => cols.length >= 2 && cols[0])
    .map((cols) => ({ status: cols[0]!.charAt(0), path: cols.at(-1)! }));
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
