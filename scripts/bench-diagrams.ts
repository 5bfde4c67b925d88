
/**
 * What the architecture diagrams cost the build: loading Graphviz's
 * WebAssembly, laying out every ```diagram fence of every article, and the
 * bytes of inline SVG each page gains. Prints figures; asserts nothing.
 *   npx tsx scripts/bench-diagrams.ts          (cold: the disk cache cleared first)
 *   npx tsx scripts/bench-diagrams.ts --warm   (as every process after the first in a build)
 */

import { rmSync } from 'node:fs';
import path from 'node:path';

if (!process.argv.includes('--warm')) rmSync(path.join(process.cwd(), 'node_modules', '.cache', 'container-atlas-diagrams'), { recursive: true, force: true });
const started = performance.now();
const { diagramStats } = await import('../lib/content/diagram');
const loaded = performance.now();
const { loadContent } = await import('../lib/content/load');
loadContent();
const done = performance.now();

console.log(`Graphviz WebAssembly load: ${(loaded - started).toFixed(0)} ms`);
console.log(`content load (all articles, both languages): ${(done - loaded).toFixed(0)} ms, of which diagram layout ${diagramStats.milliseconds.toFixed(0)} ms`);
console.log(`diagrams laid out: ${diagramStats.renders} (${(diagramStats.milliseconds / Math.max(diagramStats.renders, 1)).toFixed(1)} ms each); read from the disk cache: ${diagramStats.diskHits}`);
if (diagramStats.renders) console.log(`inline SVG: ${diagramStats.bytes} bytes in all, ${Math.round(diagramStats.bytes / diagramStats.renders)} bytes per diagram on average`);
if (!process.argv.includes('--warm')) console.log('(run with --warm to keep the disk cache; by default it is cleared first, to measure a cold build)');
