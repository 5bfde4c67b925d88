import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/load';
import { LOCALES } from '../i18n/locales';
import { type QueryKind, QUERY_KINDS, RECALL_QUERIES } from './bench-queries';

const content = loadContent();
const count = (locale: string, kind: QueryKind) => RECALL_QUERIES.filter((q) => q.locale === locale && q.kind === kind).length;

describe('the search benchmark query set', () => {
  it('has at least 120 queries, at least half of them Korean', () => {
    expect(RECALL_QUERIES.length).toBeGreaterThanOrEqual(120);
    expect(RECALL_QUERIES.filter((q) => q.locale === 'ko').length * 2).toBeGreaterThanOrEqual(RECALL_QUERIES.length);
  });

  it('covers every kind issue #13 asks for, several times in its language', () => {
    const korean: QueryKind[] = ['particle', 'prefix', 'choseong', 'misspelt', 'transliteration', 'spacing', 'english-name', 'successor'];
    const english: QueryKind[] = ['typo', 'word-form', 'korean-name', 'successor'];
    for (const kind of korean) expect(count('ko', kind), `ko ${kind}`).toBeGreaterThanOrEqual(5);
    for (const kind of english) expect(count('en', kind), `en ${kind}`).toBeGreaterThanOrEqual(5);
    for (const kind of QUERY_KINDS) expect(RECALL_QUERIES.some((q) => q.kind === kind), kind).toBe(true);
  });

  it('expects only pages the content has, in the query’s language', () => {
    for (const q of RECALL_QUERIES) {
      const slugs = content.technologies[q.locale].map((t) => `/${q.locale}/tech/${t.slug}/`);
      const pages = Object.keys(content.pages[q.locale]).map((name) => `/${q.locale}/${name}/`);
      expect([...slugs, ...pages], `${q.locale} "${q.query}"`).toContain(q.expect);
    }
  });

  it('asks each query once per language', () => {
    for (const locale of LOCALES) {
      const queries = RECALL_QUERIES.filter((q) => q.locale === locale).map((q) => q.query.toLowerCase());
      expect(queries.length).toBe(new Set(queries).size);
    }
  });

  it('writes 초성 queries in initial consonants only, some for names of more than one word', () => {
    const choseong = RECALL_QUERIES.filter((q) => q.kind === 'choseong');
    for (const q of choseong) expect(q.query).toMatch(/^[ㄱ-ㅎ]+(?: [ㄱ-ㅎ]+)*$/);
    expect(choseong.filter((q) => q.query.includes(' ')).length).toBeGreaterThanOrEqual(4);
  });

  it('misspells Korean names of three or more syllables', () => {
    for (const q of RECALL_QUERIES.filter((q) => q.kind === 'misspelt')) {
      expect(q.query.replace(/[^가-힣]/g, '').length, q.query).toBeGreaterThanOrEqual(3);
    }
  });

  it('expects successor questions to find what the frontmatter says replaced the technology', () => {
    const technologies = content.technologies.en;
    // Named successors first; where none was named, what people use instead (alternatives).
    const successors = new Set(technologies.flatMap((t) => (t.successors.length ? t.successors : t.alternatives)));
    // A retired technology with neither answers with its own article, which says what took its place.
    const withoutSuccessor = new Set(
      technologies.filter((t) => t.status.state !== 'active' && t.successors.length === 0 && t.alternatives.length === 0).map((t) => t.slug),
    );
    for (const q of RECALL_QUERIES.filter((q) => q.kind === 'successor')) {
      const slug = q.expect.split('/')[3]!;
      expect(successors.has(slug) || withoutSuccessor.has(slug), `${q.locale} "${q.query}" → ${slug}`).toBe(true);
    }
  });
});
