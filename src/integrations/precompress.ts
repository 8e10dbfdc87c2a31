import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { mapLimit } from '../blocks/concurrency.ts';
import { cacheFolder, listFiles, writeWhole } from '../blocks/files.ts';
import { whenBackgroundDone } from './background.ts';

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

/** `file.gz` and `file.br` of a file. Deterministic: Node's gzip header carries no time. */
export function compressed(data: Buffer, quality: number): { gz: Buffer; br: Buffer } {
  return {
    gz: gzipSync(data, { level: 9 }),
    br: brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  };
}

/**
 * Files this large are the CMS's bundles, the same from one build to the next, and compressing them is
 * most of a small site's compression time (half a second): their compressed copies are kept in a cache,
 * by content, and reused.
 */
const cachedFrom = 256 * 1024;

/** Where a project keeps those copies. */
export const precompressedCache = (root: string) => cacheFolder(root, 'precompressed');

/**
 * `compressed`, through a cache folder of compressed copies named by the content's hash. A copy that
 * cannot be read is made again; a copy is written whole or not at all (builds may run side by side).
 */
export function compressedThroughCache(data: Buffer, quality: number, cache: string): { gz: Buffer; br: Buffer } {
  const key = join(cache, `${createHash('sha256').update(data).digest('hex')}-q${quality}`);
  try {
    return { gz: readFileSync(`${key}.gz`), br: readFileSync(`${key}.br`) };
  } catch {
    const result = compressed(data, quality);
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
 * Compresses on this thread (a fraction of a millisecond for a page) and leaves the writes to libuv's
 * thread pool, a few dozen at a time: creating files is the slow part here, and it proceeds on the other
 * core meanwhile. Reading and compressing in the pool too cost more in hand-offs than they saved.
 */
async function compressAll(dir: string, files: readonly string[], cache: string): Promise<void> {
  await mapLimit(files, 32, async (file) => {
    const path = join(dir, file);
    const data = readFileSync(path);
    const quality = file.startsWith('_astro/') ? longLived : perPage;
    const { gz, br } =
      data.length >= cachedFrom ? compressedThroughCache(data, quality, cache) : compressed(data, quality);
    await Promise.all([writeFile(`${path}.gz`, gz), writeFile(`${path}.br`, br)]);
  });
}

/**
 * Precompresses the built site so the web server sends ready gzip and brotli files (nginx `gzip_static`,
 * `brotli_static`) instead of compressing on every request. Runs last: it compresses what the others
 * wrote while Pagefind indexes, then waits for the background work and compresses what that added.
 */
export function precompress(): AstroIntegration {
  let cache = '';
  return {
    name: 'precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = precompressedCache(fileURLToPath(config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const first = compressibleFiles(root).filter((f) => !f.startsWith('pagefind/'));
        await compressAll(root, first, cache);
        await whenBackgroundDone();
        const done = new Set(first);
        const added = compressibleFiles(root).filter((f) => !done.has(f));
        await compressAll(root, added, cache);
        logger.info(`${first.length + added.length} files precompressed (gzip, brotli)`);
      },
    },
  };
}
