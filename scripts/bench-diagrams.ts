
/**
 * What the architecture diagrams cost the build: loading Graphviz's
 * WebAssembly, laying out every ```diagram fence of every article, and the
 * bytes of inline SVG each page gains. Prints figures; asserts nothing.
 *   npx tsx scripts/bench-diagrams.ts
 */
export {};

const started = performance.now();
const { diagramStats } = await import('../lib/content/diagram');
const loaded = performance.now();
const { loadContent } = await import('../lib/content/load');
loadContent();
const done = performance.now();

console.log(`Graphviz WebAssembly load: ${(loaded - started).toFixed(0)} ms`);
console.log(`content load (all articles, both languages): ${(done - loaded).toFixed(0)} ms, of which diagram layout ${diagramStats.milliseconds.toFixed(0)} ms`);
console.log(`diagrams laid out: ${diagramStats.renders} (${(diagramStats.milliseconds / Math.max(diagramStats.renders, 1)).toFixed(1)} ms each), cache hits: ${diagramStats.cacheHits}`);
console.log(`inline SVG: ${diagramStats.bytes} bytes in all, ${Math.round(diagramStats.bytes / Math.max(diagramStats.renders, 1))} bytes per article on average`);
