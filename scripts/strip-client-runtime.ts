/**
 * Post-build step (before the CSP step, which hashes what scripts remain):
 * removes Next's client runtime from every page in out/ that renders none of
 * our client components. See scripts/client-runtime/strip.ts for why.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './out-site';
import { clientComponentNames, clientComponentsOnPage, stripClientRuntime } from './client-runtime/strip';

const outDir = path.resolve(process.argv[2] ?? 'out');

const ours = clientComponentNames(['app', 'components']);
const kept = new Map<string, string[]>();
let strippedPages = 0;
let bytesBefore = 0;
let bytesAfter = 0;
for (const file of htmlFiles(outDir)) {
  const html = readFileSync(file, 'utf8');
  if (!html.includes('/_next/static/chunks/') || !html.includes('<script')) continue;
  const components = clientComponentsOnPage(html, ours);
  const page = path.relative(outDir, file);
  if (components.length > 0) {
    kept.set(page, components);
    continue;
  }
  const stripped = stripClientRuntime(html, page);
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
