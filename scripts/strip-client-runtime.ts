/**
 * Post-build step (before the CSP step, which hashes what scripts remain):
 * removes Next's client runtime from every page in out/ whose client
 * components are all hydrated by the islands script (or that has none), and
 * preloads the island chunks it will import. See scripts/client-runtime/strip.ts for why.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { clientComponentNames } from './client-runtime/strip';
import type { StripContext, StripResult } from './client-runtime/strip-page';
import { overPages } from './html/page-pool';
import { ISLANDS_MANIFEST, type IslandsManifest } from './islands/preloads';
import { htmlFiles } from './out-site';

const outDir = path.resolve(process.argv[2] ?? 'out');

const context: StripContext = {
  outDir,
  ours: clientComponentNames(['app', 'components']),
  manifest: JSON.parse(readFileSync(ISLANDS_MANIFEST, 'utf8')) as IslandsManifest,
};
const kept = new Map<string, string[]>();
let strippedPages = 0;
let bytesBefore = 0;
let bytesAfter = 0;
// Pages on every core (scripts/client-runtime/strip-page.ts does one).
await overPages<StripResult>(new URL('./client-runtime/strip-worker.ts', import.meta.url), htmlFiles(outDir), context, (file, result) => {
  if (result.kind === 'kept') kept.set(path.relative(outDir, file), result.components);
  if (result.kind !== 'stripped') return;
  strippedPages += 1;
  bytesBefore += result.before;
  bytesAfter += result.after;
});

const keptSummary = [...new Set([...kept.values()].map((names) => names.join(', ')))].join('; ');
console.log(
  `client runtime: removed from ${strippedPages} pages (HTML ${(bytesBefore / 1024).toFixed(0)} KiB → ${(bytesAfter / 1024).toFixed(0)} KiB); ` +
    `kept on ${kept.size} pages that render client components (${keptSummary}).`,
);
