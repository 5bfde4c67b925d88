import { buildSearchIndex } from './lib/search/build-index';
import { SearchEngine } from './lib/search/engine';
import { RECALL_QUERIES } from './lib/search/bench-queries';
const e = SearchEngine.load(buildSearchIndex('ko', { prebuilt: true }));
const qs = RECALL_QUERIES.filter(q => q.locale === 'ko').map(q => q.query);
for (let r = 0; r < 3; r++) for (const q of qs) e.search(q);
const rows: [string, number, number][] = [];
for (const q of qs) {
  let t = performance.now(); for (let i = 0; i < 20; i++) e.explain(q); const tx = (performance.now() - t) / 20;
  t = performance.now(); for (let i = 0; i < 20; i++) e.search(q); const ts = (performance.now() - t) / 20;
  rows.push([q, tx, ts]);
}
rows.sort((a, b) => b[2] - a[2]).slice(0, 12).forEach(r => console.log(r[0], r[1].toFixed(3), r[2].toFixed(3)));
