/**
 * The thread that compresses pages while Astro renders the next ones (see `./compress-while-rendering`):
 * it gets a page's bytes and answers with its compressed copies, named by `compressionKey`.
 */
import { parentPort } from 'node:worker_threads';
import { compressed, compressionKey } from '../blocks/compression.ts';

parentPort!.on('message', ({ data, quality }: { data: Uint8Array; quality: number }) => {
  parentPort!.postMessage({ key: compressionKey(data, quality), ...compressed(data, quality) });
});
