import { readFile } from 'node:fs/promises';
import { glob, type DataStore, type Loader } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];

/**
 * Astro's `glob()` loader, with a store that keeps `astro dev`'s list of the content's pictures true to
 * the entries.
 *
 * Astro lists every picture the entries use in one module that every page imports
 * (`.astro/content-assets.mjs`): a name in it without its file makes every page answer 500
 * `ImageNotFound`. Astro 7.3 can leave such a name behind for good: it rewrites the list when an entry
 * with pictures is saved or an entry is deleted, not when an entry loses its last picture; and a change
 * made while it is writing the list is dropped (it marks the list written once its write ends). So an
 * entry that loses its last picture is deleted and saved again, which makes Astro rebuild the list from
 * the entries; and after any change to an entry's pictures the list is read back and, while it still
 * disagrees with the entry, rebuilt again.
 */
export function contentGlob(options: GlobOptions): Loader {
  const loader = glob(options);
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        // Only `astro dev` (which has a watcher) changes entries after the first load.
        store: context.watcher
          ? pictureListKeptTrue(context.store, new URL('.astro/content-assets.mjs', context.config.root))
          : context.store,
      }),
  };
}

/** How often, and how many times, the list is read back after an entry's pictures change. */
const recheck = { everyMs: 1500, times: 8 };

export function pictureListKeptTrue(store: DataStore, list: URL): DataStore {
  const pictures = (id: string) => new Set(store.get(id)?.assetImports ?? []);
  // Saved again as stored: the entry as the loader gave it has had its pictures' fields rewritten by then.
  const rebuild = (id: string) => {
    const stored = store.get(id);
    if (!stored) return;
    store.delete(id);
    store.set(stored);
  };
  const readBack = (id: string, times: number) => {
    if (times === 0) return;
    setTimeout(async () => {
      const stored = store.get(id);
      if (!stored?.filePath) return;
      const listed = listedPictures(await readFile(list, 'utf8').catch(() => ''), stored.filePath);
      if (!sameSet(listed, localPictures(stored.assetImports ?? []))) rebuild(id);
      readBack(id, times - 1);
    }, recheck.everyMs).unref();
  };
  return {
    ...store,
    set: (entry) => {
      const before = pictures(entry.id);
      const changed = store.set(entry);
      const after = pictures(entry.id);
      if (!changed || sameSet(before, after)) return changed;
      if (after.size === 0) rebuild(entry.id);
      readBack(entry.id, recheck.times);
      return changed;
    },
  };
}

/** The pictures the list names for one file (`<src>?astroContentImageFlag=&importer=<file>`). */
export function listedPictures(list: string, file: string): Set<string> {
  const found = new Set<string>();
  for (const [, id] of list.matchAll(/^import \w+ from "([^"]+)";$/gm)) {
    const [src, query = ''] = id!.split('?');
    if (new URLSearchParams(query).get('importer') === file) found.add(src!);
  }
  return found;
}

/** The pictures Astro lists: files of the project in a format it reads, not addresses on the web. */
function localPictures(pictures: string[]): Set<string> {
  return new Set(
    pictures.filter((p) => !/^([a-z]+:)?\/\//i.test(p) && /\.(jpe?g|png|gif|webp|avif|tiff?|svg)$/i.test(p)),
  );
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
