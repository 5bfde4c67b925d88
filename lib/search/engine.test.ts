import { beforeAll, describe, expect, it } from 'vitest';
import { RECALL_QUERIES } from './bench-queries';
import { buildSearchIndex } from './build-index';
import { SearchEngine } from './engine';

/** Engines over the real content, as the browser gets them (through JSON). */
let en: SearchEngine;
let ko: SearchEngine;
beforeAll(() => {
  en = SearchEngine.load(JSON.parse(JSON.stringify(buildSearchIndex('en'))));
  ko = SearchEngine.load(JSON.parse(JSON.stringify(buildSearchIndex('ko'))));
}, 60_000);

const top = (engine: SearchEngine, query: string, n = 3) => engine.search(query).groups.slice(0, n).map((g) => g.url);
const kinds = (engine: SearchEngine, query: string) => engine.explain(query).map((t) => [...new Set(t.alternatives.map((a) => a.kind))]);

describe('Korean as people type it', () => {
  it('finds 쿠버네티스 with its particles (쿠버네티스는, 쿠버네티스를) and marks them', () => {
    const hit = ko.search('쿠버네티스').groups[0]!;
    expect(hit.url).toBe('/ko/tech/kubernetes/');
    const marked = ko.search('쿠버네티스').groups.flatMap((g) => g.hits.flatMap((h) => h.excerpt.filter((s) => s.match).map((s) => s.text)));
    expect(marked.some((word) => /^쿠버네티스.+/.test(word))).toBe(true);
  });

  it('matches a prefix while the reader is still typing, including a half-typed syllable', () => {
    expect(top(ko, '쿠버')).toContain('/ko/tech/kubernetes/');
    expect(kinds(ko, '쿠번')).toEqual([['typing']]);
    expect(top(ko, '쿠번')).toContain('/ko/tech/kubernetes/');
  });

  it('finds words by their initial consonants', () => {
    expect(top(ko, 'ㅋㅂㄴㅌㅅ')[0]).toBe('/ko/tech/kubernetes/');
    expect(ko.explain('ㄷㅋ')[0]!.alternatives.map((a) => a.terms[0])).toContain('도커');
  });

  it('strips a particle the text does not use with that word (라벨로 → 라벨)', () => {
    expect(top(ko, '레이블로')).toContain('/ko/glossary/');
    expect(top(ko, '하이퍼바이저를')).toContain('/ko/tech/kata-containers/');
  });

  it('splits words typed together that the text writes apart', () => {
    expect(kinds(ko, '컨트롤플레인')[0]).toContain('split');
    expect(top(ko, '컨트롤플레인')).toContain('/ko/glossary/');
  });

  it('finds the middle of a long word', () => {
    expect(kinds(ko, '네티스')).toEqual([['infix']]);
    expect(top(ko, '네티스')).toContain('/ko/tech/kubernetes/');
  });

  it('treats synonyms across languages and spellings as one: kubernetes, k8s, 팟', () => {
    expect(top(ko, 'kubernetes')[0]).toBe('/ko/tech/kubernetes/');
    expect(top(ko, '팟')).toContain('/ko/glossary/');
    expect(ko.explain('팟')[0]!.alternatives.map((a) => a.terms.join(' '))).toEqual(expect.arrayContaining(['pod', '파드', '팟']));
  });
});

describe('English', () => {
  it('is case-insensitive and matches prefixes', () => {
    expect(top(en, 'KUBERNETES')[0]).toBe('/en/tech/kubernetes/');
    expect(top(en, 'kube')).toContain('/en/tech/kubernetes/');
  });

  it('finds other forms of a word', () => {
    expect(top(en, 'provisioned')).toContain('/en/tech/docker-machine/');
  });

  it('tolerates one typo in longer words, only when the exact form finds nothing', () => {
    expect(kinds(en, 'kuberntes')).toEqual([['typo']]);
    expect(top(en, 'kuberntes')[0]).toBe('/en/tech/kubernetes/');
    expect(kinds(en, 'docker').flat()).not.toContain('typo');
  });

  it('finds k8s and a multi-word synonym', () => {
    expect(top(en, 'k8s')).toContain('/en/tech/kubernetes/');
    expect(top(en, 'azure container service')[0]).toBe('/en/tech/azure-container-service/');
  });

  it('ANDs words, and falls back to the best partial matches when no page has them all', () => {
    const both = en.search('tiller helm');
    expect(both.partial).toBe(false);
    expect(both.groups[0]!.url).toBe('/en/tech/helm/');
    const partial = en.search('tiller zzzqqq');
    expect(partial.partial).toBe(true);
    expect(partial.groups[0]!.url).toBe('/en/tech/helm/');
  });

  it('points section hits at their heading anchors', () => {
    const urls = en.search('tiller').groups[0]!.hits.map((h) => h.url);
    expect(urls.some((url) => url.startsWith('/en/tech/helm/#helm-2'))).toBe(true);
  });
});

describe('hostile input', () => {
  const hostile = [
    '.*+?^${}()|[]\\',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'k'.repeat(10_000),
    '가'.repeat(10_000),
    '😀🎉👩‍💻',
    '\uD800',
    'a\uDC00b',
    '     ',
    '',
    'ㄱ'.repeat(500),
  ];

  it.each(hostile.map((q) => [JSON.stringify(q).slice(0, 40), q]))('%s gives results or an empty answer, quickly, without throwing', (_, query) => {
    for (const engine of [en, ko]) {
      const start = performance.now();
      const response = engine.search(query);
      expect(performance.now() - start).toBeLessThan(500);
      expect(Array.isArray(response.groups)).toBe(true);
      for (const group of response.groups) for (const hit of group.hits) for (const s of [...hit.heading, ...hit.excerpt]) expect(typeof s.text).toBe('string');
    }
  });

  it('says a query of only spaces or symbols has nothing to search', () => {
    expect(en.search('   ').empty).toBe(true);
    expect(ko.search('😀 !!').empty).toBe(true);
  });
});

describe('the benchmark query set', () => {
  it('has at least 40 queries, half of them Korean', () => {
    expect(RECALL_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(RECALL_QUERIES.filter((q) => q.locale === 'ko').length * 2).toBeGreaterThanOrEqual(RECALL_QUERIES.length);
  });
});

describe('loading in slices, as the browser does', () => {
  it('builds the same engine as loading in one piece, and lets other work run meanwhile', async () => {
    const file = JSON.parse(JSON.stringify(buildSearchIndex('ko')));
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
    }, 0);
    const sliced = await SearchEngine.loadInSlices(file);
    // Indexing the Korean content takes over 100 ms here, many slices of 10 ms: a timer gets its turn.
    expect(timerRan).toBe(true);
    expect(sliced.vocabularySize).toBe(ko.vocabularySize);
    for (const { query } of RECALL_QUERIES.filter((q) => q.locale === 'ko')) {
      expect(top(sliced, query, 5), query).toEqual(top(ko, query, 5));
    }
  }, 60_000);
});
