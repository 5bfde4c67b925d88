/**
 * Post-build step (before the CSP step, which hashes what scripts remain):
 * removes Next's client runtime from every page in out/ whose client
 * components are all hydrated by the islands script (or that has none), and
 * preloads the island chunks it will import. See scripts/client-runtime/strip.ts for why.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseSource } from './html/source-html';
import { htmlFiles } from './out-site';
import { isHydratedIsland } from '../components/islands/hydrated';
import { ISLANDS_MANIFEST, type IslandsManifest } from './islands/preloads';
import { clientComponentNames, clientComponentsOnPage, stripClientRuntime, withModulePreloads } from './client-runtime/strip';

const outDir = path.resolve(process.argv[2] ?? 'out');

const ours = clientComponentNames(['app', 'components']);
const manifest = JSON.parse(readFileSync(ISLANDS_MANIFEST, 'utf8')) as IslandsManifest;
const kept = new Map<string, string[]>();
let strippedPages = 0;
let bytesBefore = 0;
let bytesAfter = 0;
for (const file of htmlFiles(outDir)) {
  const html = readFileSync(file, 'utf8');
  if (!html.includes('/_next/static/chunks/') || !html.includes('<script')) continue;
  // Components the islands script hydrates itself do not need Next's runtime.
  // Parsed once for both questions asked of the page as Next wrote it, and once more after stripping.
  const source = parseSource(html);
  const components = clientComponentsOnPage(html, ours, source).filter((name) => !isHydratedIsland(name));
  const page = path.relative(outDir, file);
  if (components.length > 0) {
    kept.set(page, components);
    continue;
  }
  const withoutRuntime = stripClientRuntime(html, page, source);
  const stripped = withModulePreloads(withoutRuntime, page, manifest.site, manifest.islands);
  writeFileSync(file, stripped);
  strippedPages += 1;
  bytesBefore += Buffer.byteLength(html);
  bytesAfter += Buffer.byteLength(stripped);
}

const keptSummary = [...new Set([...kept.values()].map((names) => names.join(', ')))].join('; ');
console.log(
  `client runtime: removed from ${strippedPages} pages (HTML ${(bytesBefore / 1024).toFixed(0)} KiB → ${(bytesAfter / 1024).toFixed(0)} KiB); ` +
    `kept on ${kept.size} pages that render client components (${keptSummary}).`,
);
