import { glob, type DataStore, type Loader } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];

/**
 * Astro's `glob()` loader, with a store that keeps `astro dev`'s list of the content's pictures current.
 *
 * Astro lists every picture the entries use in one module that every page imports
 * (`.astro/content-assets.mjs`), and rewrites it when an entry with pictures is saved or an entry is
 * deleted, not when an entry loses its last picture. So after a picture that does not exist is added to a
 * text without any and then taken out again, the list still imports the missing file and every page
 * answers 500 `ImageNotFound` until the server restarts. Deleting the entry before saving it again makes
 * Astro rebuild the list from the entries as they are.
 */
export function contentGlob(options: GlobOptions): Loader {
  const loader = glob(options);
  return { ...loader, load: (context) => loader.load({ ...context, store: pictureListKeptCurrent(context.store) }) };
}

export function pictureListKeptCurrent(store: DataStore): DataStore {
  const pictures = (id: string) => store.get(id)?.assetImports?.length ?? 0;
  return {
    ...store,
    set: (entry) => {
      const before = pictures(entry.id);
      const changed = store.set(entry);
      if (changed && before > 0 && pictures(entry.id) === 0) {
        store.delete(entry.id);
        store.set(entry);
      }
      return changed;
    },
  };
}
