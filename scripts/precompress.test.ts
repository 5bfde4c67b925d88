import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { MIN_BYTES, precompress } from './precompress';

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
