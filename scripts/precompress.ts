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
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The text types deploy/nginx.conf gzips; below this size compression does not pay (nginx: gzip_min_length). */
const TEXT = /\.(html|js|css|txt|json|xml|svg|webmanifest|map)$/;
export const MIN_BYTES = 256;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** Compresses every text file in dir; returns how many files were compressed and the bytes before and after. */
export function precompress(dir: string): { files: number; before: number; gzip: number; brotli: number } {
  let count = 0;
  let before = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files(dir)) {
    if (!TEXT.test(file) || statSync(file).size < MIN_BYTES) continue;
    const data = readFileSync(file);
    const gzipped = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
    const brotlied = brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    });
    writeFileSync(`${file}.gz`, gzipped);
    writeFileSync(`${file}.br`, brotlied);
    count += 1;
    before += data.length;
    gzip += gzipped.length;
    brotli += brotlied.length;
  }
  return { files: count, before, gzip, brotli };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = precompress(path.resolve(process.argv[2] ?? 'out'));
  const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
  console.log(`Precompressed ${result.files} files: ${kib(result.before)} → ${kib(result.gzip)} gzip, ${kib(result.brotli)} brotli.`);
}
