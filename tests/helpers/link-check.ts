/**
 * A small crawler of the served site: every href, src and srcset of every page (and every url() of its
 * stylesheets) must lead to something the server answers 200 for, and every #fragment to an id on the
 * target page. Links to other sites are never fetched (no network here, and partner sites are not ours
 * to test); they must be absolute http(s) addresses with a real host name.
 */
import { parse, type HTMLElement } from 'node-html-parser';

export interface LinkCheckOptions {
  /** Addresses to start from, on the local server; with the status each must answer (404 pages: 404). */
  start: { url: string; status: number }[];
  /**
   * The public address of the site's home (e.g. `https://www.zywiec.pl/miasta-partnerskie/`), and the
   * local one it maps to: absolute links to the public site (canonical, hreflang…) are checked locally.
   */
  publicHome?: string;
  localHome: string;
}

export interface LinkReport {
  /** Every local resource fetched, with its status. */
  fetched: Map<string, number>;
  /** Page → local pages it links to (without fragments), for reachability. */
  links: Map<string, Set<string>>;
  /** Links to other sites, as written. */
  external: Set<string>;
  /** `page: what is wrong`, one line each. */
  problems: string[];
}

interface Resource {
  status: number;
  type: string;
  ids: Set<string> | null;
}

/** Attributes that hold one address, per element. */
const single: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

/** Addresses in an HTML document, with where they were found. */
function references(doc: HTMLElement): { where: string; value: string }[] {
  const found: { where: string; value: string }[] = [];
  for (const [selector, attribute] of single) {
    for (const el of doc.querySelectorAll(selector)) {
      found.push({ where: `<${el.rawTagName} ${attribute}>`, value: el.getAttribute(attribute) ?? '' });
    }
  }
  for (const el of doc.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
      const value = candidate.trim().split(/\s+/)[0];
      if (value) found.push({ where: `<${el.rawTagName} srcset>`, value });
    }
  }
  for (const style of doc.querySelectorAll('style')) {
    for (const value of cssUrls(style.textContent)) found.push({ where: '<style> url()', value });
  }
  return found;
}

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!);
}

/** Fetches and parses one local resource (no redirects followed: a link must point at the page itself). */
async function load(url: string): Promise<Resource & { refs: { where: string; value: string }[] }> {
  const response = await fetch(url, { redirect: 'manual' });
  const type = response.headers.get('content-type') ?? '';
  const body = await response.text();
  if (type.startsWith('text/html')) {
    const doc = parse(body);
    const ids = new Set(doc.querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
    for (const el of doc.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
    return { status: response.status, type, ids, refs: references(doc) };
  }
  if (type.startsWith('text/css')) {
    return {
      status: response.status,
      type,
      ids: null,
      refs: cssUrls(body).map((value) => ({ where: 'url()', value })),
    };
  }
  return { status: response.status, type, ids: null, refs: [] };
}

export async function checkLinks({ start, publicHome, localHome }: LinkCheckOptions): Promise<LinkReport> {
  const localOrigin = new URL(localHome).origin;
  const resources = new Map<string, Resource>();
  const expected = new Map(start.map((s) => [s.url, s.status]));
  const links = new Map<string, Set<string>>();
  const external = new Set<string>();
  const problems: string[] = [];
  /** Links to check once everything is fetched: [page, where, written value, target, fragment]. */
  const pending: [string, string, string, string, string][] = [];
  const queue = start.map((s) => s.url);
  const queued = new Set(queue);
  const enqueue = (url: string) => {
    if (!queued.has(url)) {
      queued.add(url);
      queue.push(url);
    }
  };

  while (queue.length > 0) {
    const page = queue.shift()!;
    const resource = await load(page);
    resources.set(page, resource);
    const from = new Set<string>();
    links.set(page, from);
    // A page answering something unexpected is reported where it is linked; its own links are not followed.
    if (resource.status !== (expected.get(page) ?? 200)) continue;
    for (const { where, value: raw } of resource.refs) {
      const value = raw.trim();
      const say = (what: string) => problems.push(`${page}: ${where} "${raw}" ${what}`);
      if (value === '') {
        say('is empty');
        continue;
      }
      if (/^mailto:/i.test(value)) {
        if (!/^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value)) say('is not an e-mail address');
        continue;
      }
      if (/^tel:/i.test(value)) {
        if (!/^tel:\+?\d{6,15}$/.test(value)) say('is not a phone number');
        continue;
      }
      if (/^data:/i.test(value)) continue;
      let url: URL;
      try {
        url = new URL(value, page);
      } catch {
        say('is not an address');
        continue;
      }
      if (publicHome && url.href.startsWith(publicHome)) url = new URL(url.href.slice(publicHome.length), localHome);
      if (url.origin !== localOrigin) {
        if (!/^https?:$/.test(url.protocol)) say(`uses ${url.protocol}, not http(s)`);
        else if (!/^https?:\/\/[^/?#\s]+\.[^/?#\s]+/i.test(value)) say('is not an absolute http(s) address');
        else external.add(value);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      url.hash = '';
      const target = url.href;
      if (/^<(a|area) /.test(where)) from.add(target);
      pending.push([page, where, raw, target, fragment]);
      enqueue(target);
    }
  }

  for (const [page, where, raw, target, fragment] of pending) {
    const resource = resources.get(target)!;
    const wanted = expected.get(target) ?? 200;
    if (resource.status !== wanted) {
      problems.push(`${page}: ${where} "${raw}" answers ${resource.status}`);
    } else if (fragment && !resource.ids?.has(fragment)) {
      problems.push(`${page}: ${where} "${raw}" points at #${fragment}, which ${target} does not have`);
    }
  }
  const fetched = new Map([...resources].map(([url, r]) => [url, r.status]));
  return { fetched, links, external, problems: [...new Set(problems)] };
}

/** Local pages reachable by following links from `roots`. */
export function reachable(links: Map<string, Set<string>>, roots: string[]): Set<string> {
  const seen = new Set(roots);
  const queue = [...roots];
  while (queue.length > 0) {
    for (const next of links.get(queue.shift()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
