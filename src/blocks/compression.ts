import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** `file.gz` and `file.br` of a file. Deterministic: Node's gzip header carries no time. */
export function compressed(data: Uint8Array, quality: number): { gz: Buffer; br: Buffer } {
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

/** What names a file's compressed copies: its content and the brotli quality, nothing else. */
export const compressionKey = (data: Uint8Array, quality: number) =>
  `${createHash('sha256').update(data).digest('hex')}-q${quality}`;
