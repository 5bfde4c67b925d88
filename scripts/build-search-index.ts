import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../lib/content/load';
import { LOCALES } from '../lib/i18n/locales';
import { buildShardedIndex } from '../lib/search/build-shards';
import { searchBase } from '../lib/search/shard-format';

/**
 * Writes the split search index to public/search/<locale>/ before
 * `next build`, which copies it to out/ (layout: lib/search/shard-format.ts).
 * Reads the content through the one loader, so ATLAS_CONTENT_DIR (the
 * benchmark's 10× knowledge base) is indexed the same way. Prints the sizes.
 */
const publicDir = path.join(process.cwd(), 'public');
const content = loadContent();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const locale of LOCALES) {
  rmSync(path.join(publicDir, searchBase(locale)), { recursive: true, force: true });
  const files = buildShardedIndex(content, locale);
  const sizes = { total: 0, totalGzip: 0, shards: [] as number[], sections: [] as number[], other: [] as string[] };
  for (const [publicPath, json] of files) {
    const file = path.join(publicDir, publicPath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, json);
    const gzip = gzipSync(json).length;
    sizes.total += Buffer.byteLength(json);
    sizes.totalGzip += gzip;
    if (publicPath.includes('/s/')) sizes.shards.push(gzip);
    else if (publicPath.includes('/d/')) sizes.sections.push(gzip);
    else sizes.other.push(`${path.basename(publicPath)} ${kb(gzip)}`);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
  console.log(
    `search index ${locale}: ${files.size} files, ${kb(sizes.total)} (${kb(sizes.totalGzip)} gzip); ` +
      `${sizes.shards.length} shards gzip median ${kb(median(sizes.shards))}, max ${kb(Math.max(...sizes.shards))}; ` +
      `${sizes.sections.length} sections gzip median ${kb(median(sizes.sections))}, max ${kb(Math.max(...sizes.sections))}; ${sizes.other.join(', ')}`,
  );
}
