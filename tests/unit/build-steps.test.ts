import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { inBackground, whenBackgroundDone } from '../../src/integrations/background.ts';
import { sortLanguages } from '../../src/integrations/pagefind.ts';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compressed, compressedThroughCache } from '../../src/integrations/precompress.ts';

describe('work left running in the background of the build', () => {
  it('is waited for: whenBackgroundDone resolves only after every piece has finished', async () => {
    const finished: string[] = [];
    const later = (name: string, ms: number) =>
      new Promise<void>((resolve) => setTimeout(() => (finished.push(name), resolve()), ms));
    inBackground('slow', later('slow', 40));
    inBackground('quick', later('quick', 5));
    await whenBackgroundDone();
    expect(finished.sort()).toEqual(['quick', 'slow']);
  });

  it('fails the build with the failure, named after the step', async () => {
    inBackground('pagefind', Promise.reject(new Error('could not start')));
    await expect(whenBackgroundDone()).rejects.toThrow('pagefind: could not start');
    // Reported once: the next wait has nothing left.
    await expect(whenBackgroundDone()).resolves.toBeUndefined();
  });
});

describe("Pagefind's entry file", () => {
  it('lists the languages in one order whatever order Pagefind wrote them in, and keeps the rest', () => {
    const entry = {
      version: '1.5.2',
      languages: { pl: { hash: 'b', page_count: 23 }, en: { hash: 'a', page_count: 22 } },
    };
    const { json, summary } = sortLanguages(JSON.stringify(entry));
    expect(Object.keys(JSON.parse(json).languages)).toEqual(['en', 'pl']);
    expect(JSON.parse(json)).toEqual(entry);
    expect(summary).toBe('en 22 pages, pl 23 pages');
  });
});

describe('precompressed copies', () => {
  const page = Buffer.from(
    `<!doctype html><html lang="pl"><title>Żywiec</title>${'<p>Miasta partnerskie</p>'.repeat(200)}`,
  );

  it('decode to the file itself, and are smaller', () => {
    const { gz, br } = compressed(page, 6);
    expect(gunzipSync(gz).equals(page)).toBe(true);
    expect(brotliDecompressSync(br).equals(page)).toBe(true);
    expect(gz.length).toBeLessThan(page.length / 5);
    expect(br.length).toBeLessThan(gz.length);
  });

  it('are the same bytes every time (no time stamp in the gzip header)', async () => {
    const first = compressed(page, 6);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = compressed(page, 6);
    expect(second.gz.equals(first.gz)).toBe(true);
    expect(second.br.equals(first.br)).toBe(true);
    // Header bytes 4–7 are the modification time: zero.
    expect(first.gz.readUInt32LE(4)).toBe(0);
  });
});

describe('compressed copies of large files, kept in a cache', () => {
  const work = mkdtempSync(join(tmpdir(), 'precompressed-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const bundle = Buffer.from(`/* the CMS */${'function f(){return 1}'.repeat(20_000)}`);

  it('are the bytes compression makes, and are read back from the cache the next time', () => {
    const cache = join(work, 'cache');
    const made = compressedThroughCache(bundle, 6, cache);
    const direct = compressed(bundle, 6);
    expect(made.gz.equals(direct.gz)).toBe(true);
    expect(made.br.equals(direct.br)).toBe(true);
    const kept = readdirSync(cache).sort();
    expect(kept).toHaveLength(2);
    expect(kept[0]).toMatch(/^[0-9a-f]{64}-q6\.br$/);
    // Marked copies in the cache show that the second call reads them rather than compressing again.
    for (const name of kept) writeFileSync(join(cache, name), `cached ${name.slice(-2)}`);
    const again = compressedThroughCache(bundle, 6, cache);
    expect(again.gz.toString()).toBe('cached gz');
    expect(again.br.toString()).toBe('cached br');
  });

  it('keeps copies of other qualities and other contents apart', () => {
    const cache = join(work, 'apart');
    compressedThroughCache(bundle, 6, cache);
    compressedThroughCache(bundle, 11, cache);
    compressedThroughCache(Buffer.concat([bundle, Buffer.from('//')]), 6, cache);
    expect(readdirSync(cache)).toHaveLength(6);
  });

  it('still compresses when the cache cannot be written', () => {
    const notAFolder = join(work, 'file');
    writeFileSync(notAFolder, 'in the way');
    const made = compressedThroughCache(bundle, 6, join(notAFolder, 'cache'));
    expect(gunzipSync(made.gz).equals(bundle)).toBe(true);
    expect(brotliDecompressSync(made.br).equals(bundle)).toBe(true);
  });
});
