import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../content/load';
import type { Locale } from '../i18n/locales';
import { buildShardedIndex, cutShards, namesByShard } from './build-shards';
import { manifestPath, type ManifestFile, type Postings, sectionPath, SHARD_INDEX_VERSION, SHARD_TARGET_BYTES, type ShardFile, shardPath, vocabularyPath } from './shard-format';
import { comparePages, type RankedPage, ShardSearch } from './shard-search';

/** The split index of the real content, in memory, read through the same ShardSearch the browser runs; every fetch is recorded. */
const files = new Map<Locale, Map<string, string>>();
const fetched: string[] = [];
async function open(locale: Locale): Promise<ShardSearch> {
  return ShardSearch.open(locale, async <T>(path: string) => {
    fetched.push(path);
    const json = files.get(locale)!.get(path);
    if (json === undefined) throw new Error(`no file ${path}`);
    return JSON.parse(json) as T;
  });
}

let en: ShardSearch;
let ko: ShardSearch;
beforeAll(async () => {
  const content = loadContent();
  for (const locale of ['en', 'ko'] as const) files.set(locale, buildShardedIndex(content, locale));
  en = await open('en');
  ko = await open('ko');
}, 60_000);

const top = async (search: ShardSearch, query: string, n = 3) => (await search.search(query, { limit: n, hitsPerPage: 1 })).groups.map((g) => g.url);

describe('the shard builder', () => {
  it('cuts sorted terms into shards of about the target size, each term once', () => {
    const postings = new Map<string, Postings>();
    for (let i = 0; i < 2000; i++) postings.set(`term${String(i).padStart(4, '0')}`, [0, 0, [[i, 1, 2]]]);
    const shards = cutShards(postings, 2048);
    const terms = shards.flatMap((shard) => Object.keys(shard.terms));
    expect(terms).toEqual([...postings.keys()].sort());
    for (const shard of shards) {
      expect(Object.keys(shard.terms)[0]).toBe(shard.first);
      expect(JSON.stringify(shard.terms).length).toBeLessThan(2048 * 1.2);
    }
    expect(shards.length).toBeGreaterThan(10);
  });

  it('writes a small manifest and shards near the target, which hold every section of a word', () => {
    const ko = files.get('ko')!;
    const manifest = JSON.parse(ko.get(manifestPath('ko'))!) as ManifestFile;
    expect(ko.get(manifestPath('ko'))!.length).toBeLessThan(8 * 1024);
    expect(manifest.shards).toEqual([...manifest.shards].sort());
    const shards = [...ko].filter(([path]) => path.includes('/s/'));
    expect(shards.length).toBe(manifest.shards.length);
    for (const [, json] of shards) expect(json.length).toBeLessThan(SHARD_TARGET_BYTES * 2);
    const holding = shards.map(([, json]) => JSON.parse(json) as ShardFile).find((shard) => '쿠버네티스' in shard.terms)!;
    // Field 0 is the page title: the Kubernetes page's summary section is listed there.
    expect(holding.terms['쿠버네티스']![0]).not.toBe(0);
  });
});

describe('what a query fetches', () => {
  it('a word found as typed needs the manifest, a shard or two and the sections shown; never the vocabulary', async () => {
    const search = await open('en');
    fetched.length = 0;
    await search.search('kubernetes', { limit: 6, hitsPerPage: 2 });
    expect(fetched.filter((p) => p.includes('/s/')).length).toBeLessThanOrEqual(3);
    expect(fetched).not.toContain(vocabularyPath('en'));
    expect(fetched.filter((p) => p.includes('/d/')).length).toBeLessThanOrEqual(12);
  });

  it('fetches the sections shown and no others: more for the best page than for the rest when asked', async () => {
    const search = await open('en');
    fetched.length = 0;
    const { groups } = await search.search('kubernetes', { limit: 6, hitsPerPage: 1, topPageHits: 2 });
    expect(groups.map((group) => group.hits.length)).toEqual([2, 1, 1, 1, 1, 1]);
    const sections = fetched.filter((p) => p.includes('/d/'));
    expect(sections).toHaveLength(7);
    expect(new Set(sections).size).toBe(7);
  });

  it('a search overtaken by a newer query stops before fetching its sections', async () => {
    const search = await open('en');
    fetched.length = 0;
    expect(await search.search('helm', { limit: 6, hitsPerPage: 1 }, () => true)).toEqual({ groups: [], partial: false, empty: false, stale: true });
    expect(fetched.filter((p) => p.includes('/d/'))).toEqual([]);
    expect((await search.search('helm', { limit: 6, hitsPerPage: 1 }, () => false)).groups.length).toBeGreaterThan(0);
  });

  it('one Latin letter fetches nothing and says to keep typing; two letters, or one Hangul syllable, are searched', async () => {
    const search = await open('en');
    fetched.length = 0;
    expect(await search.search(' K ')).toEqual({ groups: [], partial: false, empty: false, tooShort: true });
    expect(fetched).toEqual([]);
    expect((await search.search('k8')).groups.length).toBeGreaterThan(0);
    expect((await (await open('ko')).search('팟')).groups.length).toBeGreaterThan(0);
  });

  it('two searches in flight on a fresh index both wait for the shards they need', async () => {
    // Shards arrive slowly, everything else at once: the second search must not run ahead of the first one's shards.
    const slowShards = async <T>(path: string) => {
      if (path.includes('/s/')) await new Promise((resolve) => setTimeout(resolve, 50));
      return JSON.parse(files.get('ko')!.get(path)!) as T;
    };
    const search = await ShardSearch.open('ko', slowShards);
    const [first, second] = await Promise.all([search.search('쿠버네티스'), search.search('쿠버네티스')]);
    expect(first.groups[0]!.url).toBe('/ko/tech/kubernetes/');
    expect(second.groups[0]!.url).toBe('/ko/tech/kubernetes/');
  });

  it('a misspelt word fetches the vocabulary to correct it', async () => {
    const search = await open('en');
    fetched.length = 0;
    await search.search('kuberntes');
    expect(fetched).toContain(vocabularyPath('en'));
  });
});

describe('Korean as people type it', () => {
  it('finds 쿠버네티스 with particles, prefixes, a half-typed syllable and the middle of a word', async () => {
    for (const query of ['쿠버네티스', '쿠버네티스에서는', '쿠버', '쿠번', '네티스']) expect(await top(ko, query), query).toContain('/ko/tech/kubernetes/');
    expect(await top(ko, '하이퍼바이저를')).toContain('/ko/tech/kata-containers/');
  });

  it('marks the matched words, particles included', async () => {
    const response = await ko.search('쿠버네티스');
    const marked = response.groups.flatMap((g) => g.hits.flatMap((h) => h.excerpt.filter((s) => s.match).map((s) => s.text)));
    expect(marked.some((word) => /^쿠버네티스/.test(word))).toBe(true);
  });

  it('finds names by 초성, of one word or several', async () => {
    expect((await top(ko, 'ㅋㅂㄴㅌㅅ'))[0]).toBe('/ko/tech/kubernetes/');
    expect(await top(ko, 'ㄷㅋㅁㅅ')).toContain('/ko/tech/docker-machine/');
  });

  it('finds words written together or apart', async () => {
    expect(await top(ko, '도커머신')).toContain('/ko/tech/docker-machine/');
    expect(await top(ko, '도커 머신')).toContain('/ko/tech/docker-machine/');
    expect(await top(ko, '컨트롤플레인')).toContain('/ko/glossary/');
  });

  it('corrects a jamo or syllable off in a name of three syllables or more, and says so', async () => {
    const kubernetes = await ko.search('쿠버내티스');
    expect(kubernetes.groups[0]!.url).toBe('/ko/tech/kubernetes/');
    expect(kubernetes.corrected).toBe('쿠버네티스');
    const magnum = await ko.search('매그놈');
    expect(magnum.groups.map((g) => g.url)).toContain('/ko/tech/magnum/');
    expect(magnum.corrected).toBe('매그넘');
  });

  it('completes a last syllable still waiting for its final consonant (헬르 → 헬름)', async () => {
    expect(await top(ko, '헬르')).toContain('/ko/tech/helm/');
  });

  it('takes English names on the Korean site, and the keyboard left in English mode', async () => {
    expect((await top(ko, 'kubernetes'))[0]).toBe('/ko/tech/kubernetes/');
    expect(await top(ko, 'znqjspxltm')).toContain('/ko/tech/kubernetes/');
  });
});

describe('English', () => {
  it('is case-insensitive, matches prefixes and other forms of a word', async () => {
    expect((await top(en, 'KUBERNETES'))[0]).toBe('/en/tech/kubernetes/');
    expect(await top(en, 'kube')).toContain('/en/tech/kubernetes/');
    expect(await top(en, 'provisioned')).toContain('/en/tech/docker-machine/');
  });

  it('corrects one wrong, missing or transposed letter, and says so; a word found as typed is not corrected', async () => {
    for (const [query, url, corrected] of [
      ['kuberntes', '/en/tech/kubernetes/', 'kubernetes'],
      ['kuberentes', '/en/tech/kubernetes/', 'kubernetes'],
      ['kolal', '/en/tech/kolla/', 'kolla'],
      ['hlem', '/en/tech/helm/', 'helm'],
    ] as const) {
      const response = await en.search(query);
      expect(response.groups[0]!.url, query).toBe(url);
      expect(response.corrected, query).toBe(corrected);
    }
    expect((await en.search('docker')).corrected).toBeUndefined();
  });

  it('takes Korean names on the English site, k8s and multi-word synonyms', async () => {
    expect(await top(en, '쿠버네티스')).toContain('/en/tech/kubernetes/');
    expect(await top(en, 'k8s')).toContain('/en/tech/kubernetes/');
    expect((await top(en, 'azure container service'))[0]).toBe('/en/tech/azure-container-service/');
  });

  it('ANDs words, falls back to the pages with most of them, and links sections by heading', async () => {
    const both = await en.search('tiller helm');
    expect(both.partial).toBe(false);
    expect(both.groups[0]!.url).toBe('/en/tech/helm/');
    const partial = await en.search('tiller zzzqqq');
    expect(partial.partial).toBe(true);
    expect(partial.groups[0]!.url).toBe('/en/tech/helm/');
    expect((await en.search('tiller')).groups[0]!.hits.some((h) => h.url.startsWith('/en/tech/helm/#'))).toBe(true);
  });
});

describe('successor questions, answered from the frontmatter', () => {
  it.each([
    ['en', 'what replaced ACS'],
    ['en', 'successor of Azure Container Service'],
    ['ko', 'ACS 후속'],
    ['ko', 'ACS 대체'],
    ['ko', 'acs의 후속은'],
  ] as const)('%s: %s → AKS first', async (locale, query) => {
    const response = await (locale === 'en' ? en : ko).search(query);
    expect(response.groups[0]!.url).toBe(`/${locale}/tech/aks/`);
    expect(response.answer).toEqual({ of: 'Azure Container Service (ACS)', successors: true });
  });

  it('follows the relation for any technology the loader gives (nova-docker → Zun), named in part too', async () => {
    expect((await top(en, 'nova docker successor'))[0]).toBe('/en/tech/zun/');
    expect((await top(ko, 'Docker VM Extension 대체'))[0]).toBe('/ko/tech/aks/');
  });

  it('answers from alternatives when no successor was named (Docker Machine → Podman)', async () => {
    const response = await en.search('successor of Docker Machine');
    expect(response.answer).toEqual({ of: 'Docker Machine', successors: false });
    expect(response.groups[0]!.url).toBe('/en/tech/podman/');
  });

  it('answers as an ordinary search when the technology has neither successors nor alternatives', async () => {
    const response = await en.search('successor of Fuxi');
    expect(response.answer).toBeUndefined();
    expect(response.groups.map((g) => g.url)).toContain('/en/tech/fuxi/');
  });
});

describe('ranking', () => {
  const page = (n: number, score: number, corrected: boolean): RankedPage => ({ page: n, score, corrected, sections: [] });
  it('puts every exact match above every corrected one, whatever the scores', () => {
    const sorted = [page(1, 90, true), page(2, 1, false), page(3, 50, true), page(4, 5, false)].sort(comparePages);
    expect(sorted.map((p) => p.page)).toEqual([4, 2, 1, 3]);
  });

  it('ranks the pages of a category first when its name is asked for, in both languages', async () => {
    const orchestrators = (locale: Locale) =>
      loadContent().technologies[locale].filter((tech) => tech.category === 'orchestrator').map((tech) => `/${locale}/tech/${tech.slug}/`);
    const expected = orchestrators('en');
    expect(expected.length).toBeGreaterThan(3);
    expect(new Set(await top(en, 'orchestrators', expected.length))).toEqual(new Set(expected));
    expect(new Set(await top(ko, '오케스트레이터들', expected.length))).toEqual(new Set(orchestrators('ko')));
  });

  it('a query of only spaces or symbols has nothing to search; hostile input never throws', async () => {
    expect((await en.search('   ')).empty).toBe(true);
    expect((await ko.search('😀 !!')).empty).toBe(true);
    for (const query of ['.*+?^${}()|[]\\', '<img src=x onerror=alert(1)>', 'k'.repeat(10_000), '가'.repeat(10_000), '\uD800', 'a\uDC00b', 'ㄱ'.repeat(500)]) {
      for (const search of [en, ko]) {
        const response = await search.search(query);
        expect(Array.isArray(response.groups)).toBe(true);
      }
    }
  });
});

describe('technology names in the shards', () => {
  it('places a group in the shards of its names’ first words and of a multi-word name written together', () => {
    const group = [['ac'], ['azur', 'contain', 'servic']];
    expect(namesByShard([group], ['a', 'az', 'c'])).toEqual([[group], [group], []]);
    expect(namesByShard([group], ['a', 'b'])).toEqual([[group], []]);
  });

  it('a name known only from a shard still brings its other names: ACS finds the page that says Azure Container Service', async () => {
    const manifest: ManifestFile = { version: SHARD_INDEX_VERSION, locale: 'en', shards: ['a', 'n'], pageStarts: [0, 1], titleTerms: [3, 1], sections: 2, synonyms: [] };
    const section = (title: string, text: string) => ({ url: `/en/tech/${title}/`, heading: title, text, page: { title, url: `/en/tech/${title}/`, label: 'Technology' } });
    const index = new Map<string, unknown>([
      [manifestPath('en'), manifest],
      [shardPath('en', 0), { terms: { azur: [[[0]], 0, 0], contain: [[[0]], 0, 0] }, names: [[['acs'], ['azur', 'contain', 'servic']]] }],
      [shardPath('en', 1), { terms: { servic: [[[0]], 0, 0], other: [0, 0, [[1]]] } }],
      [sectionPath('en', 0), section('azure container service', 'A retired service.')],
      [sectionPath('en', 1), section('other', 'other')],
      [vocabularyPath('en'), { words: ['azur', 'contain', 'other', 'servic'], names: [] }],
    ]);
    const search = await ShardSearch.open('en', async <T>(path: string) => {
      if (!index.has(path)) throw new Error(`no file ${path}`);
      return index.get(path) as T;
    });
    expect((await search.search('ACS')).groups.map((g) => g.url)).toEqual(['/en/tech/azure container service/']);
  });
});
