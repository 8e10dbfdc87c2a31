/**
 * The site's only script, on the search page: it reveals the search form and runs queries against the
 * Pagefind index of the page's language (Pagefind picks it by `<html lang>`). Results are a plain list
 * of links after a status line that screen readers announce; the field works by keyboard like any other.
 */
import { fill } from '../blocks/fill.ts';

interface SearchConfig {
  bundle: string;
  base: string;
  locale: string;
  loading: string;
  count: string;
  none: string;
  error: string;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

/** Pagefind's excerpt is HTML with `<mark>` around the matches: keep the text and the marks, nothing else. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  return [...doc.body.firstChild!.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

export function runSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!form || !input || !status || !list) return;
  const config = JSON.parse(form.dataset['config'] ?? '{}') as SearchConfig;

  form.hidden = false;
  document.getElementById('search-noscript')?.remove();

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${config.bundle}pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: config.base });
      return module;
    }));

  let latest = 0;
  async function run(query: string) {
    const ticket = ++latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query) {
      status!.textContent = '';
      list!.replaceChildren();
      return;
    }
    status!.textContent = config.loading;
    try {
      const search = await (await load()).search(query);
      const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
      if (ticket !== latest) return; // a newer query has started: drop this one
      list!.replaceChildren(
        ...results.map((r) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = r.url;
          link.textContent = r.meta.title ?? r.url;
          const excerpt = document.createElement('p');
          excerpt.append(...excerptNodes(r.excerpt));
          item.append(link, excerpt);
          return item;
        }),
      );
      status!.textContent =
        results.length === 0
          ? fill(config.none, { query })
          : fill(config.count, { query, count: search.results.length });
    } catch (error) {
      if (ticket !== latest) return;
      console.error(error);
      list!.replaceChildren();
      status!.textContent = config.error;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value.trim()), 300);
  });
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value.trim());
  });

  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run(initial.trim());
  }
}
