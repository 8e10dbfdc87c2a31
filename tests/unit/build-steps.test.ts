import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { inBackground, whenBackgroundDone } from '../../src/integrations/background.ts';
import { sortLanguages } from '../../src/integrations/pagefind.ts';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compressedThroughCache } from '../../src/integrations/precompress.ts';
import { compressed, compressionKey } from '../../src/blocks/compression.ts';
import { startCompressor, teeRenderedPages } from '../../src/integrations/compress-while-rendering.ts';
import type { AstroPrerenderer, RouteData } from 'astro';
import { removeFolder } from '../../src/blocks/files.ts';

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
    expect(Buffer.from(made.gz).equals(direct.gz)).toBe(true);
    expect(Buffer.from(made.br).equals(direct.br)).toBe(true);
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

  it('keeps copies made on the other thread, rather than compressing again', () => {
    const cache = join(work, 'made-elsewhere');
    const marked = { gz: Buffer.from('made gz'), br: Buffer.from('made br') };
    expect(compressedThroughCache(bundle, 6, cache, marked)).toBe(marked);
    // Kept: the next build reads them from the cache.
    expect(compressedThroughCache(bundle, 6, cache).gz.toString()).toBe('made gz');
  });

  it('still compresses when the cache cannot be written', () => {
    const notAFolder = join(work, 'file');
    writeFileSync(notAFolder, 'in the way');
    const made = compressedThroughCache(bundle, 6, join(notAFolder, 'cache'));
    expect(gunzipSync(made.gz).equals(bundle)).toBe(true);
    expect(brotliDecompressSync(made.br).equals(bundle)).toBe(true);
  });
});

describe('removing a built site', () => {
  const work = mkdtempSync(join(tmpdir(), 'remove-folder-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('removes the folder with its files and nested folders, and leaves its neighbours alone', async () => {
    const site = join(work, '.dist-previous');
    for (const page of ['miasta/riom', 'miasta/adur', 'en/towns/riom', 'pagefind/fragment']) {
      mkdirSync(join(site, page), { recursive: true });
      writeFileSync(join(site, page, 'index.html'), '<p>Riom</p>');
    }
    writeFileSync(join(site, 'index.html'), '<p>Żywiec</p>');
    mkdirSync(join(work, 'dist'));
    writeFileSync(join(work, 'dist/index.html'), '<p>new</p>');
    await removeFolder(site);
    expect(existsSync(site)).toBe(false);
    expect(readdirSync(work)).toEqual(['dist']);
  });

  it('does nothing when the folder is not there', async () => {
    await expect(removeFolder(join(work, 'never-built'))).resolves.toBeUndefined();
  });
});

describe('compressing pages while Astro renders', () => {
  const page = (text: string) => new TextEncoder().encode(`<!doctype html><p>${text.repeat(50)}</p>`);

  it('makes the same copies as compressing afterwards, named by the bytes and the quality', async () => {
    const compressor = startCompressor();
    const riom = page('Riom ');
    const adur = page('Adur ');
    compressor.add(riom, 6);
    compressor.add(adur, 6);
    compressor.add(adur, 11);
    const made = await compressor.finish();
    expect([...made.keys()].sort()).toEqual(
      [compressionKey(riom, 6), compressionKey(adur, 6), compressionKey(adur, 11)].sort(),
    );
    for (const [data, quality] of [
      [riom, 6],
      [adur, 6],
      [adur, 11],
    ] as const) {
      const copies = made.get(compressionKey(data, quality))!;
      const direct = compressed(data, quality);
      expect(Buffer.from(copies.gz).equals(direct.gz)).toBe(true);
      expect(Buffer.from(copies.br).equals(direct.br)).toBe(true);
    }
  });

  it('hands on each wanted rendered page and gives Astro the response untouched', async () => {
    const taken: string[] = [];
    const responses: Record<string, Response> = {
      '/miasta/riom/': new Response('<p>Riom</p>'),
      '/data/partners.json': new Response('[]'),
      '/og/riom.png': new Response('PNG'),
      '/stary-adres/': new Response(null, { status: 301, headers: { Location: '/miasta/riom/' } }),
    };
    const base: AstroPrerenderer = {
      name: 'astro',
      getStaticPaths: async () => [],
      render: async (request) => responses[new URL(request.url).pathname]!,
    };
    const tee = teeRenderedPages(
      base,
      (request) => !new URL(request.url).pathname.endsWith('.png'),
      (data) => taken.push(new TextDecoder().decode(data)),
    );
    const render = (path: string) =>
      tee.render(new Request(`http://localhost${path}`), { routeData: { type: 'page' } as RouteData });
    for (const path of Object.keys(responses)) {
      const result = await render(path);
      expect(result).toBe(responses[path]);
    }
    expect(taken).toEqual(['<p>Riom</p>', '[]']);
    // Astro still reads the whole body.
    expect(await responses['/miasta/riom/']!.text()).toBe('<p>Riom</p>');
    expect(tee.name).toBe('astro');
  });
});
