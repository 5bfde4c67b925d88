/**
 * Post-build step: finishes every HTML page in out/ in one pass per page
 * (scripts/html/finish-page.ts): removes Next's client runtime from pages
 * whose client components are all hydrated by the islands script (or that
 * have none) and preloads the island chunks instead (see
 * scripts/client-runtime/strip.ts for why), writes each page's own
 * Content-Security-Policy (scripts/csp/policy.ts), and writes its .gz and .br
 * (scripts/precompress.ts; `--no-compress` leaves that to a later run of
 * precompress.ts). Pages go to one worker thread per core. Pages are found in
 * out/, never from the content, so it works for any content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { clientComponentNames } from './client-runtime/strip';
import { pagePolicy, HEADER_CSP } from './csp/policy';
import type { FinishContext, FinishResult } from './html/finish-page';
import { ISLANDS_MANIFEST, type IslandsManifest } from './islands/preloads';
import { htmlFiles } from './out-site';
import { addTo, buildCacheDir, CompressedCache, describeTotals, type Totals } from './precompress';
import { runPool } from './worker-pool';

const outDir = path.resolve(process.argv.slice(2).find((argument) => !argument.startsWith('--')) ?? 'out');
const files = htmlFiles(outDir);
if (files.length === 0) {
  console.error(`No HTML files in ${outDir}: run \`next build\` first.`);
  process.exit(1);
}

const context: FinishContext = {
  outDir,
  ours: clientComponentNames(['app', 'components']),
  manifest: JSON.parse(readFileSync(ISLANDS_MANIFEST, 'utf8')) as IslandsManifest,
  cacheDir: buildCacheDir(),
  compress: !process.argv.includes('--no-compress'),
};

const kept = new Map<string, string[]>();
const stripped = { pages: 0, before: 0, after: 0 };
const allScripts = new Set<string>();
let largest = { file: '', bytes: 0, scripts: 0 };
const compressed: Totals = { files: 0, cached: 0, before: 0, gzip: 0, brotli: 0 };

await runPool<string, FinishResult>(new URL('./html/finish-worker.ts', import.meta.url), files, {
  context,
  onResult: (result, file) => {
    const page = path.relative(outDir, file);
    if (result.strip.kind === 'kept') kept.set(page, result.strip.components);
    if (result.strip.kind === 'stripped') {
      stripped.pages += 1;
      stripped.before += result.strip.before;
      stripped.after += result.strip.after;
    }
    result.scripts.forEach((hash) => allScripts.add(hash));
    // Ties go to the first page by name, so the report does not depend on which worker finished first.
    if (result.policyBytes > largest.bytes || (result.policyBytes === largest.bytes && page < largest.file)) {
      largest = { file: page, bytes: result.policyBytes, scripts: result.scripts.length };
    }
    if (result.compressed) addTo(compressed, result.compressed);
  },
});
if (context.cacheDir) new CompressedCache(context.cacheDir).prune();

const keptSummary = [...new Set([...kept.values()].map((names) => names.join(', ')))].join('; ');
console.log(
  `client runtime: removed from ${stripped.pages} pages (HTML ${(stripped.before / 1024).toFixed(0)} KiB → ${(stripped.after / 1024).toFixed(0)} KiB); ` +
    `kept on ${kept.size} pages that render client components (${keptSummary}).`,
);
// What one site-wide policy would weigh, reported so the choice stays measured.
const siteWide = pagePolicy({ scripts: [...allScripts], styles: [], styleAttributes: [] }).length;
console.log(
  `CSP: ${files.length} pages; largest page policy ${largest.bytes} bytes (${largest.file}, ${largest.scripts} inline scripts); ` +
    `a single site-wide policy would be ${siteWide} bytes (${allScripts.size} hashes); header policy ${HEADER_CSP.length} bytes.`,
);
if (context.compress) console.log(describeTotals('pages', compressed));
