import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { runPool } from './worker-pool';

const dir = mkdtempSync(path.join(os.tmpdir(), 'worker-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Starting worker threads (each registers tsx) takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });
const worker = new URL('./worker-pool/fixtures/length-worker.ts', import.meta.url);
type Answer = { text: string; thread: number };

function page(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

it('answers every task once, from several workers, with the context it was given', async () => {
  const files = Array.from({ length: 9 }, (_, i) => page(`page-${i}.html`, 'x'.repeat(i + 1)));
  const results = new Map<string, string>();
  const threads = new Set<number>();
  await runPool<string, Answer>(worker, files, {
    context: { suffix: ' chars' },
    size: 3,
    onResult: (result, file, index) => {
      expect(results.has(file)).toBe(false);
      expect(files[index]).toBe(file);
      results.set(file, result.text);
      threads.add(result.thread);
    },
  });
  expect(files.map((file) => results.get(file))).toEqual(files.map((_, i) => `${i + 1} chars`));
  expect(threads.size).toBe(3);
});

it('keeps the other workers busy while one task is slow', async () => {
  const slow = page('slow.html', 'slow');
  const files = [slow, ...Array.from({ length: 6 }, (_, i) => page(`quick-${i}.html`, 'q'))];
  const order: string[] = [];
  // The slow task, sent first, is answered only after every quick one: a pool that waited for it would never finish.
  await runPool<string, Answer>(worker, files, {
    context: { suffix: '' },
    size: 2,
    onResult: (_, file) => {
      order.push(path.basename(file));
      if (order.length === 6) writeFileSync(`${slow}.release`, '');
    },
  });
  expect(order.at(-1)).toBe('slow.html');
  expect(order).toHaveLength(7);
});

it('fails with the message of the first task that fails, named by describe', async () => {
  const good = page('good.html', 'ok');
  const bad = page('bad.html', 'broken');
  await expect(runPool<string, Answer>(worker, [good, bad], { context: { suffix: '' }, size: 2, onResult: () => {} })).rejects.toThrow(`${bad}: cannot be read as a page`);
  await expect(
    runPool<string, Answer>(worker, [bad], { context: { suffix: '' }, describe: (file) => `task ${path.basename(file)}`, onResult: () => {} }),
  ).rejects.toThrow(`task bad.html: ${bad}: cannot be read as a page`);
});

it('does nothing for no tasks', async () => {
  let called = false;
  await runPool<string, Answer>(worker, [], { onResult: () => (called = true) });
  expect(called).toBe(false);
});
