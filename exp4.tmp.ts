import { buildSearchIndex } from './lib/search/build-index';
import { SearchEngine } from './lib/search/engine';
import { createFlexIndex } from './lib/search/flex';
const e = SearchEngine.load(buildSearchIndex('ko', { prebuilt: true }));
for (const q of ['k8s', '쿠버네티스에서는']) {
  for (let i = 0; i < 5; i++) e.search(q);
  let t = performance.now(); for (let i = 0; i < 20; i++) e.search(q, { limit: 1, hitsPerPage: 1 }); console.log(q, 'small', ((performance.now() - t) / 20).toFixed(3));
  t = performance.now(); for (let i = 0; i < 20; i++) e.search(q); console.log(q, 'full', ((performance.now() - t) / 20).toFixed(3));
  const flex = (e as any).text; t = performance.now(); for (let i = 0; i < 20; i++) flex.search('kubernete', { limit: 1000 }); console.log('flex one lookup', ((performance.now() - t) / 20).toFixed(3));
}
