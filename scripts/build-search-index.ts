import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../lib/i18n/locales';
import { buildSearchIndex } from '../lib/search/build-index';
import { searchIndexPath } from '../lib/search/index-format';

/**
 * Writes public/search/<locale>.json before `next build`, which copies it to
 * out/. The files hold the documents to index and the synonyms; the browser
 * indexes them when search is first opened (see docs/PERFORMANCE.md for why
 * this beats shipping FlexSearch's export).
 */
const publicDir = path.join(process.cwd(), 'public');
for (const locale of LOCALES) {
  const json = JSON.stringify(buildSearchIndex(locale));
  const file = path.join(publicDir, searchIndexPath(locale));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, json);
  console.log(`search index ${locale}: ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB, ${(gzipSync(json).length / 1024).toFixed(1)} KB gzip → ${path.relative(process.cwd(), file)}`);
}
