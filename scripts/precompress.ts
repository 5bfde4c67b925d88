/**
 * Post-build step: writes a .gz and a .br beside every text file in out/ (after
 * the CSP step has finished the HTML), so nginx sends them as they are
 * (gzip_static; brotli_static where the brotli module is loaded) instead of
 * compressing on every request: the files never change once built, so
 * compressing once at the highest level beats level 5 on each request.
 * `serve` ignores these files and compresses on the fly.
 *
 * Brotli at its highest level is slow (about 1 MB/s per core, most of a minute
 * for the 60 MB of text at ten times the content), and most files come out of
 * a build byte for byte as the last build left them. So the compressed copies
 * are kept in .cache/precompressed/ under a hash of the file's bytes and the
 * settings, and a file seen before is copied, not compressed again: a cached
 * copy is the compression of exactly these bytes, never a stale one.
 * PRECOMPRESS_CACHE=off compresses everything.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

/** Part of every cache key: a change to the settings compresses everything anew. */
const SETTINGS = `gzip ${constants.Z_BEST_COMPRESSION}, brotli ${constants.BROTLI_MAX_QUALITY}, node ${process.versions.zlib} ${process.versions.brotli}`;

/** Cached copies unused for this long are removed, so the folder holds about the last few builds. */
const KEEP_DAYS = 7;

/** Compressed copies by a hash of the bytes they were made from; see the header comment. */
export class CompressedCache {
  constructor(readonly dir: string) {}

  key(data: Buffer): string {
    return createHash('sha256').update(SETTINGS).update('\0').update(data).digest('hex');
  }

  get(key: string): { gzip: Buffer; brotli: Buffer } | undefined {
    try {
      const gzip = readFileSync(path.join(this.dir, `${key}.gz`));
      const brotli = readFileSync(path.join(this.dir, `${key}.br`));
      const now = new Date();
      utimesSync(path.join(this.dir, `${key}.gz`), now, now);
      utimesSync(path.join(this.dir, `${key}.br`), now, now);
      return { gzip, brotli };
    } catch {
      return undefined;
    }
  }

  set(key: string, gzip: Buffer, brotli: Buffer): void {
    mkdirSync(this.dir, { recursive: true });
    // Each written whole and renamed into place, brotli last: a .br on disk means its .gz is whole too.
    for (const [extension, data] of [['gz', gzip], ['br', brotli]] as const) {
      const temporary = path.join(this.dir, `${key}.${extension}.${process.pid}.tmp`);
      writeFileSync(temporary, data);
      renameSync(temporary, path.join(this.dir, `${key}.${extension}`));
    }
  }

  prune(now = Date.now()): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      const file = path.join(this.dir, name);
      if (now - statSync(file).mtimeMs > KEEP_DAYS * 86_400_000) rmSync(file, { force: true });
    }
  }
}

/**
 * Compresses every text file in dir; returns how many files were compressed
 * (and how many of those came from the cache) and the bytes before and after.
 * zlib's asynchronous calls run on libuv's thread pool, so a few files at a
 * time keep every core busy.
 */
export async function precompress(dir: string, cache?: CompressedCache): Promise<{ files: number; cached: number; before: number; gzip: number; brotli: number }> {
  const totals = { files: 0, cached: 0, before: 0, gzip: 0, brotli: 0 };
  const queue = files(dir).filter((file) => TEXT.test(file) && !isNavigationPayload(file) && statSync(file).size >= MIN_BYTES);
  const compress = async (data: Buffer) => {
    const key = cache?.key(data);
    const stored = key ? cache?.get(key) : undefined;
    if (stored) {
      totals.cached += 1;
      return stored;
    }
    const [gzip, brotli] = await Promise.all([
      gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
      brotliAsync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    ]);
    if (key) cache?.set(key, gzip, brotli);
    return { gzip, brotli };
  };
  const compressOne = async (file: string) => {
    const data = readFileSync(file);
    const { gzip: gzipped, brotli: brotlied } = await compress(data);
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
  const cache = process.env.PRECOMPRESS_CACHE === 'off' ? undefined : new CompressedCache(path.resolve('.cache', 'precompressed'));
  const result = await precompress(path.resolve(process.argv[2] ?? 'out'), cache);
  cache?.prune();
  const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
  console.log(
    `Precompressed ${result.files} files (${result.files - result.cached} compressed, ${result.cached} unchanged since an earlier build, from the cache): ` +
      `${kib(result.before)} → ${kib(result.gzip)} gzip, ${kib(result.brotli)} brotli.`,
  );
}
