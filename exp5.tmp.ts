import { buildSearchIndex } from './lib/search/build-index';
import { SearchEngine } from './lib/search/engine';
const e = SearchEngine.load(buildSearchIndex('ko', { prebuilt: true }));
const t = performance.now();
for (let i = 0; i < 300; i++) e.search('k8s', { limit: 1, hitsPerPage: 1 });
console.log((performance.now() - t) / 300);
