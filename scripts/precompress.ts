/**
 * Post-build compression: a .gz and a .br beside every text file in out/, so
 * nginx sends them as they are (gzip_static; brotli_static where the brotli
 * module is loaded) instead of compressing on every request: the files never
 * change once built, so compressing once at a high level beats level 5 on
 * each request. `serve` ignores these files and compresses on the fly.
 * The HTML pages are compressed by scripts/finish-pages.ts, each right after
 * it is finished (scripts/html/finish-page.ts calls compressFile); this
 * script then does every other text file (`--except-html`), or all of them.
 *
 * Brotli quality. Quality 11 compresses about three times slower than 10 for
 * 1–2 % fewer bytes. Measured on the 10× build (processor seconds on one core,
 * load average about 7; docs/PERFORMANCE.md):
 *
 *   every 6th page, 116 pages, 9.0 MB   q11 10.7 s → 1203 KiB   q10 3.6 s → 1225 KiB (+1.8 %)
 *   JSON (search index), 4425 files, 16 MB  q11 18.5 s → 3160 KiB   q10 9.9 s → 3189 KiB (+0.9 %)
 *   JavaScript and CSS, 25 files, 0.9 MB    q11 1.4 s → 233 KiB    q10 0.6 s → 237 KiB (+1.7 %)
 *
 * So pages and data get quality 10: for all 50 MB of pages quality 11 would
 * add about 40 s of processor time (20 s of a cold build on two cores) to save
 * about 0.2 KB per page. JavaScript and CSS, which a first visit loads before
 * anything works and which are under 1 MB in all, keep quality 11 for 0.8 s.
 * In all, the build's .br files grew 1.5 % (10522 → 10682 KiB at 10×).
 * gzip is always at level 9 (fast at any size).
 *
 * Most files come out of a build byte for byte as the last build left them,
 * so the compressed copies are kept in .cache/precompressed/ under a hash of
 * the file's bytes and the settings, and a file seen before is copied, not
 * compressed again: a cached copy is the compression of exactly these bytes,
 * never a stale one. PRECOMPRESS_CACHE=off compresses everything.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { promisify } from 'node:util';
import { threadId } from 'node:worker_threads';
import { brotliCompress, brotliCompressSync, constants, gzip as gzipCallback, gzipSync } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzipCallback);

/** The text types deploy/nginx.conf gzips; below this size compression does not pay (nginx: gzip_min_length). */
const TEXT = /\.(html|js|css|txt|json|xml|svg|webmanifest|map)$/;
export const MIN_BYTES = 256;

/** Brotli quality per file: the highest for what a first visit loads before the page works, 10 for the rest (see the header). */
export function brotliQuality(file: string): number {
  return /\.(js|css)$/.test(file) ? constants.BROTLI_MAX_QUALITY : 10;
}

const GZIP_LEVEL = constants.Z_BEST_COMPRESSION;

/**
 * Next's payloads for client-side navigation (`__next.*.txt`, and `index.txt`
 * beside a page's index.html). No page fetches them once the client runtime is
 * removed (scripts/html/finish-page.ts), and they are as large as the
 * pages themselves: compressing them took half of this step. A server that
 * is asked for one still compresses it on the fly.
 */
function isNavigationPayload(file: string): boolean {
  const name = path.basename(file);
  return (name.startsWith('__next.') && name.endsWith('.txt')) || name === 'index.txt';
}

/** Whether a file of this name and size gets a .gz and a .br. */
export function shouldCompress(file: string, bytes: number): boolean {
  return TEXT.test(file) && !isNavigationPayload(file) && bytes >= MIN_BYTES;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** Part of every cache key: a change to the settings compresses everything anew. */
const settings = (quality: number) => `gzip ${GZIP_LEVEL}, brotli ${quality}, node ${process.versions.zlib} ${process.versions.brotli}`;

/** Cached copies unused for this long are removed, so the folder holds about the last few builds. */
const KEEP_DAYS = 7;

interface Pair {
  gzip: Buffer;
  brotli: Buffer;
}

/** Compressed copies by a hash of the bytes they were made from; see the header comment. */
export class CompressedCache {
  constructor(readonly dir: string) {}

  key(data: Buffer, quality: number): string {
    return createHash('sha256').update(settings(quality)).update('\0').update(data).digest('hex');
  }

  get(key: string): Pair | undefined {
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
    // The temporary name is unique per process and thread, since pages are finished on several threads.
    for (const [extension, data] of [['gz', gzip], ['br', brotli]] as const) {
      const temporary = path.join(this.dir, `${key}.${extension}.${process.pid}-${threadId}.tmp`);
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

/** One file's sizes before and after, and whether its copies came from the cache. */
export interface Compressed {
  before: number;
  gzip: number;
  brotli: number;
  cached: boolean;
}

const brotliOptions = (data: Buffer, quality: number) => ({ params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });

function store(file: string, data: Buffer, pair: Pair, cached: boolean): Compressed {
  writeFileSync(`${file}.gz`, pair.gzip);
  writeFileSync(`${file}.br`, pair.brotli);
  return { before: data.length, gzip: pair.gzip.length, brotli: pair.brotli.length, cached };
}

/** Writes `file`.gz and `file`.br of `data` (the file's bytes), on this thread: for the page workers. */
export function compressFile(file: string, data: Buffer, cache?: CompressedCache): Compressed {
  const quality = brotliQuality(file);
  const key = cache?.key(data, quality);
  const stored = key ? cache?.get(key) : undefined;
  if (stored) return store(file, data, stored, true);
  const pair = { gzip: gzipSync(data, { level: GZIP_LEVEL }), brotli: brotliCompressSync(data, brotliOptions(data, quality)) };
  if (key) cache?.set(key, pair.gzip, pair.brotli);
  return store(file, data, pair, false);
}

/** compressFile on zlib's thread pool, so a few files at a time keep every core busy. */
async function compressFileAsync(file: string, data: Buffer, cache?: CompressedCache): Promise<Compressed> {
  const quality = brotliQuality(file);
  const key = cache?.key(data, quality);
  const stored = key ? cache?.get(key) : undefined;
  if (stored) return store(file, data, stored, true);
  const [gzip, brotli] = await Promise.all([gzipAsync(data, { level: GZIP_LEVEL }), brotliAsync(data, brotliOptions(data, quality))]);
  if (key) cache?.set(key, gzip, brotli);
  return store(file, data, { gzip, brotli }, false);
}

export interface Totals {
  files: number;
  cached: number;
  before: number;
  gzip: number;
  brotli: number;
}

export function addTo(totals: Totals, compressed: Compressed): void {
  totals.files += 1;
  totals.cached += compressed.cached ? 1 : 0;
  totals.before += compressed.before;
  totals.gzip += compressed.gzip;
  totals.brotli += compressed.brotli;
}

/**
 * Compresses every text file in dir (but HTML when `exceptHtml`); returns how
 * many files were compressed (and how many of those came from the cache) and
 * the bytes before and after.
 */
export async function precompress(dir: string, cache?: CompressedCache, { exceptHtml = false } = {}): Promise<Totals> {
  const totals: Totals = { files: 0, cached: 0, before: 0, gzip: 0, brotli: 0 };
  const queue = files(dir).filter((file) => !(exceptHtml && file.endsWith('.html')) && shouldCompress(file, statSync(file).size));
  const workers = Array.from({ length: Math.max(2, os.availableParallelism()) }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) addTo(totals, await compressFileAsync(file, readFileSync(file), cache));
  });
  await Promise.all(workers);
  return totals;
}

export const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

export function describeTotals(what: string, totals: Totals): string {
  return (
    `Precompressed ${totals.files} ${what} (${totals.files - totals.cached} compressed, ${totals.cached} unchanged since an earlier build, from the cache): ` +
    `${kib(totals.before)} → ${kib(totals.gzip)} gzip, ${kib(totals.brotli)} brotli.`
  );
}

/** The cache the build uses, or none when PRECOMPRESS_CACHE=off. */
export const buildCacheDir = (): string | undefined => (process.env.PRECOMPRESS_CACHE === 'off' ? undefined : path.resolve('.cache', 'precompressed'));

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = buildCacheDir();
  const cache = dir ? new CompressedCache(dir) : undefined;
  const exceptHtml = process.argv.includes('--except-html');
  const outDir = process.argv.slice(2).find((argument) => !argument.startsWith('--')) ?? 'out';
  const result = await precompress(path.resolve(outDir), cache, { exceptHtml });
  cache?.prune();
  console.log(describeTotals(exceptHtml ? 'files other than HTML' : 'files', result));
}
