/**
 * Post-build step: writes a .gz and a .br beside every text file in out/ (after
 * the CSP step has finished the HTML), so nginx sends them as they are
 * (gzip_static; brotli_static where the brotli module is loaded) instead of
 * compressing on every request: the files never change once built, so
 * compressing once at the highest level beats level 5 on each request.
 * `serve` ignores these files and compresses on the fly.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip as gzipCallback } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzipCallback);

/** The text types deploy/nginx.conf gzips; below this size compression does not pay (nginx: gzip_min_length). */
const TEXT = /\.(html|js|css|txt|json|xml|svg|webmanifest|map)$/;
export const MIN_BYTES = 256;

/**
 * Next's payloads for client-side navigation (`__next.*.txt`, and `index.txt`
 * beside a page's index.html). No page fetches them once the client runtime is
 * removed (scripts/strip-client-runtime.ts), and they are as large as the
 * pages themselves: compressing them took half of this step. A server that
 * is asked for one still compresses it on the fly.
 */
function isNavigationPayload(file: string): boolean {
  const name = path.basename(file);
  return (name.startsWith('__next.') && name.endsWith('.txt')) || name === 'index.txt';
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/**
 * Compresses every text file in dir; returns how many files were compressed
 * and the bytes before and after. zlib's asynchronous calls run on libuv's
 * thread pool, so a few files at a time keep every core busy.
 */
export async function precompress(dir: string): Promise<{ files: number; before: number; gzip: number; brotli: number }> {
  const totals = { files: 0, before: 0, gzip: 0, brotli: 0 };
  const queue = files(dir).filter((file) => TEXT.test(file) && !isNavigationPayload(file) && statSync(file).size >= MIN_BYTES);
  const compressOne = async (file: string) => {
    const data = readFileSync(file);
    const [gzipped, brotlied] = await Promise.all([
      gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
      brotliAsync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    ]);
    writeFileSync(`${file}.gz`, gzipped);
    writeFileSync(`${file}.br`, brotlied);
    totals.files += 1;
    totals.before += data.length;
    totals.gzip += gzipped.length;
    totals.brotli += brotlied.length;
  };
  const workers = Array.from({ length: Math.max(2, os.availableParallelism()) }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) await compressOne(file);
  });
  await Promise.all(workers);
  return totals;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await precompress(path.resolve(process.argv[2] ?? 'out'));
  const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
  console.log(`Precompressed ${result.files} files: ${kib(result.before)} → ${kib(result.gzip)} gzip, ${kib(result.brotli)} brotli.`);
}
