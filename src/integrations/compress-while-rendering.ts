import { Worker } from 'node:worker_threads';
import type { AstroPrerenderer } from 'astro';

export interface CompressedCopies {
  gz: Uint8Array;
  br: Uint8Array;
}

/**
 * Compresses pages on a second thread while Astro renders: Astro renders on one thread, so the other core
 * is mostly idle then, and compressing after the build would only add to it. The copies are named by
 * the page's bytes (`compressionKey`), not its path: whatever is moved or rewritten after rendering is
 * simply not found, and compressed then as before.
 *
 * If the thread fails, the copies it did not make are made after the build: slower, never wrong.
 */
export function startCompressor(): {
  add: (data: Uint8Array, quality: number) => void;
  /** Once everything added is compressed: the copies by key. Stops the thread. */
  finish: () => Promise<Map<string, CompressedCopies>>;
} {
  const copies = new Map<string, CompressedCopies>();
  const worker = new Worker(new URL('./compress-worker.ts', import.meta.url));
  // Never what keeps a failed build's process alive.
  worker.unref();
  let pending = 0;
  let stopped = false;
  let drained: () => void = () => {};
  const whenDrained = () => new Promise<void>((resolve) => (drained = resolve));
  worker.on('message', ({ key, gz, br }: { key: string } & CompressedCopies) => {
    copies.set(key, { gz, br });
    if (--pending === 0) drained();
  });
  worker.on('error', () => {
    stopped = true;
    drained();
  });
  return {
    add(data, quality) {
      if (stopped) return;
      pending++;
      worker.postMessage({ data, quality });
    },
    async finish() {
      if (pending > 0 && !stopped) await whenDrained();
      stopped = true;
      await worker.terminate();
      return copies;
    },
  };
}

/**
 * Astro's own prerenderer, with each rendered response's bytes also handed to `take` (when `wanted` says
 * so). The response itself goes on to Astro unchanged.
 */
export function teeRenderedPages(
  base: AstroPrerenderer,
  wanted: (request: Request, type: string) => boolean,
  take: (data: Uint8Array) => void,
): AstroPrerenderer {
  return {
    name: base.name,
    ...(base.setup && { setup: () => base.setup!() }),
    getStaticPaths: () => base.getStaticPaths(),
    render: async (request, options) => {
      const result = await base.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (response.status === 200 && response.body && wanted(request, options.routeData.type)) {
        take(new Uint8Array(await response.clone().arrayBuffer()));
      }
      return result;
    },
    ...(base.collectStaticImages && { collectStaticImages: () => base.collectStaticImages!() }),
    ...(base.teardown && { teardown: () => base.teardown!() }),
  };
}
