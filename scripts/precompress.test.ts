import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { brotliQuality, CompressedCache, MIN_BYTES, precompress } from './precompress';

const dir = mkdtempSync(path.join(os.tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('writes a .gz and a .br with the same content beside text files, skipping small and binary ones and navigation payloads', async () => {
  const page = '<p>hello</p>'.repeat(100);
  writeFileSync(path.join(dir, 'index.html'), page);
  writeFileSync(path.join(dir, 'tiny.js'), 'x'.repeat(MIN_BYTES - 1));
  writeFileSync(path.join(dir, 'image.png'), Buffer.alloc(4096));
  writeFileSync(path.join(dir, '__next._full.txt'), page);
  writeFileSync(path.join(dir, 'index.txt'), page);
  const result = await precompress(dir);
  expect(result.files).toBe(1);
  expect(gunzipSync(readFileSync(path.join(dir, 'index.html.gz'))).toString()).toBe(page);
  expect(brotliDecompressSync(readFileSync(path.join(dir, 'index.html.br'))).toString()).toBe(page);
  expect(existsSync(path.join(dir, 'tiny.js.gz'))).toBe(false);
  expect(existsSync(path.join(dir, 'image.png.gz'))).toBe(false);
  expect(existsSync(path.join(dir, '__next._full.txt.gz'))).toBe(false);
  expect(existsSync(path.join(dir, 'index.txt.br'))).toBe(false);
  // Running again rewrites, never compresses the .gz and .br files themselves.
  expect((await precompress(dir)).files).toBe(1);
});

it('copies what an earlier build compressed from the cache, and compresses a changed file anew', async () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'precompress-site-'));
  const cache = new CompressedCache(mkdtempSync(path.join(os.tmpdir(), 'precompress-cache-')));
  try {
    const pages = { 'a.html': '<p>first page</p>'.repeat(50), 'b.js': 'console.log("second file");'.repeat(20) };
    for (const [name, text] of Object.entries(pages)) writeFileSync(path.join(site, name), text);
    expect(await precompress(site, cache)).toMatchObject({ files: 2, cached: 0 });
    expect(await precompress(site, cache)).toMatchObject({ files: 2, cached: 2 });
    expect(brotliDecompressSync(readFileSync(path.join(site, 'a.html.br'))).toString()).toBe(pages['a.html']);

    const changed = '<p>changed page</p>'.repeat(50);
    writeFileSync(path.join(site, 'a.html'), changed);
    expect(await precompress(site, cache)).toMatchObject({ files: 2, cached: 1 });
    expect(gunzipSync(readFileSync(path.join(site, 'a.html.gz'))).toString()).toBe(changed);
    expect(brotliDecompressSync(readFileSync(path.join(site, 'a.html.br'))).toString()).toBe(changed);
    expect(gunzipSync(readFileSync(path.join(site, 'b.js.gz'))).toString()).toBe(pages['b.js']);
  } finally {
    rmSync(site, { recursive: true, force: true });
    rmSync(cache.dir, { recursive: true, force: true });
  }
});

it('does without an entry cut short (no .br beside its .gz)', async () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'precompress-site-'));
  const cache = new CompressedCache(mkdtempSync(path.join(os.tmpdir(), 'precompress-cache-')));
  try {
    const page = '<p>page</p>'.repeat(80);
    writeFileSync(path.join(site, 'index.html'), page);
    await precompress(site, cache);
    rmSync(path.join(cache.dir, `${cache.key(Buffer.from(page), brotliQuality('index.html'))}.br`));
    expect(await precompress(site, cache)).toMatchObject({ files: 1, cached: 0 });
    expect(brotliDecompressSync(readFileSync(path.join(site, 'index.html.br'))).toString()).toBe(page);
  } finally {
    rmSync(site, { recursive: true, force: true });
    rmSync(cache.dir, { recursive: true, force: true });
  }
});

it('uses the highest brotli quality for scripts and styles only, and leaves HTML out when asked', async () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'precompress-site-'));
  try {
    // Text varied enough that quality 10 and 11 give different bytes.
    const text = Array.from({ length: 400 }, (_, i) => `function f${i}(a){return a*${(i * 7919) % 1000}+"${i.toString(36)}";}`).join('\n');
    writeFileSync(path.join(site, 'app.js'), text);
    writeFileSync(path.join(site, 'data.json'), text);
    writeFileSync(path.join(site, 'index.html'), text);
    const at = (quality: number) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: text.length } });
    expect(at(11).equals(at(10))).toBe(false);
    expect(await precompress(site, undefined, { exceptHtml: true })).toMatchObject({ files: 2 });
    expect(readFileSync(path.join(site, 'app.js.br')).equals(at(11))).toBe(true);
    expect(readFileSync(path.join(site, 'data.json.br')).equals(at(10))).toBe(true);
    expect(existsSync(path.join(site, 'index.html.br'))).toBe(false);
    expect(brotliQuality('index.html')).toBe(10);
    expect(brotliQuality('styles.css')).toBe(11);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
