import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { compressed, compressionKey } from '../blocks/compression.ts';
import { mapLimit } from '../blocks/concurrency.ts';
import { cacheFolder, listFiles, writeWhole } from '../blocks/files.ts';
import { whenBackgroundDone } from './background.ts';
import { startCompressor, teeRenderedPages, type CompressedCopies } from './compress-while-rendering.ts';

/**
 * Brotli quality. Measured here on 300 partner pages: quality 6 takes 0.1 ms a page and is 8 % larger
 * than quality 10, which takes 3 ms (a minute of build time at 10,000 pages); 11 saves another 2 % for
 * twice that. Pages get 6; the few hashed assets, cached for a year, get 11.
 */
const perPage = 6;
const longLived = 11;

/** Text formats worth compressing; images and already-compressed files are left alone. */
const compressible = /\.(html|css|js|mjs|json|xml|txt|svg|csv|ics|webmanifest)$/;

/** Every compressible file under `dir`, as paths relative to it with forward slashes, sorted. */
export function compressibleFiles(dir: string): string[] {
  return listFiles(dir).filter((file) => compressible.test(file));
}

/** A rendered response worth compressing: a page, or an endpoint whose file is of a compressible kind. */
const isCompressibleResponse = (request: Request, type: string) =>
  type === 'page' || type === 'fallback' || (type === 'endpoint' && compressible.test(new URL(request.url).pathname));

/**
 * Files this large are the CMS's bundles, the same from one build to the next, and compressing them is
 * most of a small site's compression time (half a second): their compressed copies are kept in a cache,
 * by content, and reused.
 */
const cachedFrom = 256 * 1024;

/** Where a project keeps those copies. */
export const precompressedCache = (root: string) => cacheFolder(root, 'precompressed');

/** Where the cache keeps the compressed copies of these bytes: this path with `.gz` and `.br`. */
const cacheEntry = (data: Uint8Array, quality: number, cache: string) => join(cache, compressionKey(data, quality));

/** Whether the cache holds both compressed copies of these bytes. */
function isCached(data: Uint8Array, quality: number, cache: string): boolean {
  const entry = cacheEntry(data, quality, cache);
  return existsSync(`${entry}.gz`) && existsSync(`${entry}.br`);
}

/**
 * `compressed`, through a cache folder of compressed copies named by the content's hash. A copy that
 * cannot be read is made again (or taken from `made`, copies made on the other thread); a copy is written
 * whole or not at all (builds may run side by side).
 */
export function compressedThroughCache(
  data: Buffer,
  quality: number,
  cache: string,
  made?: CompressedCopies,
): CompressedCopies {
  const key = cacheEntry(data, quality, cache);
  try {
    return { gz: readFileSync(`${key}.gz`), br: readFileSync(`${key}.br`) };
  } catch {
    const result = made ?? compressed(data, quality);
    try {
      mkdirSync(cache, { recursive: true });
      for (const [ext, bytes] of Object.entries(result)) writeWhole(`${key}.${ext}`, bytes);
    } catch {
      // Without a cache the build is only slower.
    }
    return result;
  }
}

/**
 * Takes the copies made while rendering where the file's bytes are the ones rendered, compresses the rest
 * on this thread (a fraction of a millisecond for a page) and leaves the writes to libuv's thread pool, a
 * few dozen at a time: creating files is the slow part here, and it proceeds on the other core meanwhile.
 */
async function compressAll(
  dir: string,
  files: readonly string[],
  cache: string,
  made: ReadonlyMap<string, CompressedCopies>,
): Promise<void> {
  await mapLimit(files, 32, async (file) => {
    const path = join(dir, file);
    const data = readFileSync(path);
    const quality = file.startsWith('_astro/') ? longLived : perPage;
    const ready = made.get(compressionKey(data, quality));
    const { gz, br } =
      data.length >= cachedFrom
        ? compressedThroughCache(data, quality, cache, ready)
        : (ready ?? compressed(data, quality));
    await Promise.all([writeFile(`${path}.gz`, gz), writeFile(`${path}.br`, br)]);
  });
}

/**
 * Precompresses the built site so the web server sends ready gzip and brotli files (nginx `gzip_static`,
 * `brotli_static`) instead of compressing on every request. The pages are compressed on a second thread
 * as Astro renders them; the copies are written at the end. Runs last: it writes and compresses what the
 * others wrote while Pagefind indexes, then waits for the background work and compresses what that added.
 */
export function precompress({
  ahead = async () => [],
}: {
  /** Files that another step will copy into the site unchanged (the CMS's bundle): compressed while rendering. */
  ahead?: () => Promise<string[]>;
} = {}): AstroIntegration {
  let cache = '';
  let compressor: ReturnType<typeof startCompressor> | undefined;
  return {
    name: 'precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = precompressedCache(fileURLToPath(config.root));
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        const started = startCompressor();
        compressor = started;
        setPrerenderer((base) => teeRenderedPages(base, isCompressibleResponse, (data) => started.add(data, perPage)));
        for (const file of await ahead()) {
          const data = readFileSync(file);
          if (!isCached(data, perPage, cache)) started.add(data, perPage);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const made = compressor ? await compressor.finish() : new Map<string, CompressedCopies>();
        const first = compressibleFiles(root).filter((f) => !f.startsWith('pagefind/'));
        await compressAll(root, first, cache, made);
        await whenBackgroundDone();
        const done = new Set(first);
        const added = compressibleFiles(root).filter((f) => !done.has(f));
        await compressAll(root, added, cache, made);
        logger.info(`${first.length + added.length} files precompressed (gzip, brotli)`);
      },
    },
  };
}
