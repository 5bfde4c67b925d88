import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { overPages } from './page-pool';

const dir = mkdtempSync(path.join(os.tmpdir(), 'page-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const worker = new URL('./fixtures/length-worker.ts', import.meta.url);

it('answers every page once, from several workers, with the context it was given', async () => {
  const files = Array.from({ length: 9 }, (_, i) => {
    const file = path.join(dir, `page-${i}.html`);
    writeFileSync(file, 'x'.repeat(i + 1));
    return file;
  });
  const results = new Map<string, string>();
  await overPages<string>(worker, files, { suffix: ' chars' }, (file, result) => {
    expect(results.has(file)).toBe(false);
    results.set(file, result);
  }, 3);
  expect(files.map((file) => results.get(file))).toEqual(files.map((_, i) => `${i + 1} chars`));
});

it('fails with the message of the first page that fails', async () => {
  const good = path.join(dir, 'good.html');
  const bad = path.join(dir, 'bad.html');
  writeFileSync(good, 'ok');
  writeFileSync(bad, 'broken');
  await expect(overPages<string>(worker, [good, bad], { suffix: '' }, () => {}, 2)).rejects.toThrow(`${bad}: cannot be read as a page`);
});
