import { buildSearchIndex } from './lib/search/build-index';
import { SearchEngine } from './lib/search/engine';
const engines = { en: SearchEngine.load(JSON.parse(JSON.stringify(buildSearchIndex('en')))), ko: SearchEngine.load(JSON.parse(JSON.stringify(buildSearchIndex('ko')))) };
const qs: [keyof typeof engines, string][] = [['ko','쿠버네티스'],['ko','쿠버'],['ko','팟'],['ko','ㅋㅂㄴㅌㅅ'],['ko','ㄷㅋ'],['ko','라벨로'],['ko','네티스'],['ko','퍼시스턴트볼륨'],['ko','kubernetes'],['en','k8s'],['en','provisioned'],['en','matches'],['en','kuberntes'],['en','containerruntime'],['ko','쿠번'],['ko','rnqjspxltm'],['en','azure container service'],['ko','도커'],['en','<script>alert(1)</script>'],['en','   '],['en','😀'],['ko','레플리카셋 팟']];
for (const [l, q] of qs) {
  const r = engines[l].search(q);
  console.log(l, JSON.stringify(q), r.partial ? 'PARTIAL' : '', r.empty ? 'EMPTY' : '', r.groups.slice(0, 3).map((g) => g.page.title + ' ' + g.hits[0]!.url.split('#')[1] + ' [' + g.hits[0]!.excerpt.filter((s) => s.match).map((s) => s.text).slice(0, 3).join('|') + ']').join(' ; '));
  console.log('   ', engines[l].explain(q).map((t) => t.alternatives.map((a) => a.kind + ':' + a.terms.join('+')).join(',')).join(' / ').slice(0, 200));
}
