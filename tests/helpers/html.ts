import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Reads a built page by its site-relative folder (`miasta/riom/`) or file (`404.html`). */
export function readPage(dist: string, path: string): HTMLElement {
  const file = path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
  if (!existsSync(file)) throw new Error(`no page built at ${path} (${file})`);
  return parse(readFileSync(file, 'utf8'));
}

/** Every file under a folder, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/** `<time>` elements of a node as [datetime, visible text] pairs, in document order. */
export function times(node: HTMLElement): [string, string][] {
  return node.querySelectorAll('time').map((t) => [t.getAttribute('datetime') ?? '', t.textContent.trim()]);
}
