import type { Index } from 'flexsearch';
import { type Alternative, expandQuery, type QueryToken, SynonymTable } from './expand';
import { excerpt, highlightAll, type Segment, type TokenizedText, tokenizeText } from './excerpt';
import { createFlexIndex, importFlexIndex } from './flex';
import { SEARCH_INDEX_VERSION, type SearchIndexFile, type SearchPage } from './index-format';
import { indexDocuments, indexDocumentsInSlices } from './indexing';
import { textTerms } from './terms';
import { Vocabulary } from './vocabulary';

/**
 * The search engine, the same in the browser and in Node (tests, benchmark):
 * it loads an index file, expands the query (synonyms, particles, 초성,
 * joined words, mid-word, typos), runs FlexSearch per alternative, combines
 * the tokens with AND (or, failing that, the best partial matches), groups
 * hits by page and builds highlighted excerpts as data.
 */

export interface SearchHit {
  url: string;
  heading: Segment[];
  excerpt: Segment[];
}

export interface SearchGroup {
  page: SearchPage;
  url: string;
  hits: SearchHit[];
}

export interface SearchResponse {
  groups: SearchGroup[];
  /** True when no page has every word, and the groups are the pages that have the most of them. */
  partial: boolean;
  /** The query had no searchable words at all (spaces, punctuation, emoji). */
  empty: boolean;
}

export interface SearchOptions {
  /** Pages to return. */
  limit?: number;
  /** Sections per page. */
  hitsPerPage?: number;
}

/** A heading hit counts more than a text hit: a page about pods has "Pod" in its headings. */
const HEADING_WEIGHT = 3;
const TEXT_WEIGHT = 1;
/** More than the whole corpus, so FlexSearch never truncates what the AND step needs. */
const FLEX_LIMIT = 1000;

interface DocMatch {
  score: number;
  terms: Set<string>;
}

export class SearchEngine {
  private readonly heading: Index;
  private readonly text: Index;
  private readonly vocab: Vocabulary;
  private readonly synonyms: SynonymTable;
  private readonly pageTitleTerms: string[][];
  /** Documents split into words on first display, kept for the next keystroke. */
  private readonly tokenized = new Map<number, { heading: TokenizedText; text: TokenizedText }>();

  private constructor(private readonly file: SearchIndexFile, heading: Index, text: Index, vocabulary: Iterable<string>) {
    this.heading = heading;
    this.text = text;
    this.vocab = new Vocabulary(vocabulary);
    this.synonyms = new SynonymTable(file.synonyms);
    this.pageTitleTerms = file.pages.map((page) => textTerms(page.title));
  }

  /** Loads an index file as written by buildSearchIndex: imports FlexSearch's export if it has one, else indexes the documents. */
  static load(file: SearchIndexFile): SearchEngine {
    const { heading, text, imported } = SearchEngine.prepare(file);
    return new SearchEngine(file, heading, text, imported ?? indexDocuments(file.docs, file.pages, heading, text));
  }

  /** The same engine as load(), for the browser: indexing yields to the page every ~10 ms instead of blocking it. */
  static async loadInSlices(file: SearchIndexFile): Promise<SearchEngine> {
    const { heading, text, imported } = SearchEngine.prepare(file);
    return new SearchEngine(file, heading, text, imported ?? (await indexDocumentsInSlices(file.docs, file.pages, heading, text)));
  }

  /** Checks the version and makes the two fields, importing FlexSearch's export when the file has one (then returns its vocabulary). */
  private static prepare(file: SearchIndexFile): { heading: Index; text: Index; imported?: Iterable<string> } {
    if (file.version !== SEARCH_INDEX_VERSION) throw new Error(`search index for ${file.locale} has version ${file.version}; expected ${SEARCH_INDEX_VERSION}`);
    const heading = createFlexIndex(file.tokenize);
    const text = createFlexIndex(file.tokenize);
    if (!file.flex || !file.vocabulary) return { heading, text };
    importFlexIndex(heading, file.flex.heading);
    importFlexIndex(text, file.flex.text);
    return { heading, text, imported: file.vocabulary };
  }

  get vocabularySize(): number {
    return this.vocab.size;
  }

  /** The query's tokens and their alternatives, for tests and for explaining a result. */
  explain(query: string): QueryToken[] {
    return expandQuery(query, this.vocab, this.synonyms);
  }

  private lookup(term: string): Map<number, number> {
    const scores = new Map<number, number>();
    for (const [index, weight] of [[this.heading, HEADING_WEIGHT], [this.text, TEXT_WEIGHT]] as const) {
      const ids = index.search(term, { limit: FLEX_LIMIT }) as number[];
      // FlexSearch orders by where the term sits in the field; earlier is a little better.
      ids.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + weight * (1 - (0.3 * rank) / ids.length)));
    }
    return scores;
  }

  private matchAlternative(alt: Alternative): Map<number, number> {
    let result: Map<number, number> | null = null;
    for (const term of alt.terms) {
      const scores = this.lookup(term);
      if (result === null) result = scores;
      else {
        const next = new Map<number, number>();
        for (const [id, score] of result) {
          const other = scores.get(id);
          if (other !== undefined) next.set(id, score + other);
        }
        result = next;
      }
      if (result.size === 0) break;
    }
    return result ?? new Map();
  }

  private matchToken(token: QueryToken): Map<number, DocMatch> {
    const docs = new Map<number, DocMatch>();
    for (const alt of token.alternatives) {
      for (const [id, raw] of this.matchAlternative(alt)) {
        const score = (raw / alt.terms.length) * alt.weight;
        const match = docs.get(id);
        if (!match) docs.set(id, { score, terms: new Set(alt.terms) });
        else {
          match.score = Math.max(match.score, score);
          for (const term of alt.terms) match.terms.add(term);
        }
      }
    }
    return docs;
  }

  private words(id: number) {
    let words = this.tokenized.get(id);
    if (!words) {
      const doc = this.file.docs[id]!;
      words = { heading: tokenizeText(doc.heading), text: tokenizeText(doc.text) };
      this.tokenized.set(id, words);
    }
    return words;
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const { limit = 10, hitsPerPage = 3 } = options;
    const tokens = expandQuery(query, this.vocab, this.synonyms);
    if (tokens.length === 0) return { groups: [], partial: false, empty: true };
    const perToken = tokens.map((token) => this.matchToken(token));

    // Every token must match (AND); when no document has them all, keep the documents that have the most.
    const combined = new Map<number, { score: number; tokens: number; terms: Set<string> }>();
    perToken.forEach((docs) => {
      for (const [id, match] of docs) {
        const entry = combined.get(id) ?? { score: 0, tokens: 0, terms: new Set<string>() };
        entry.score += match.score;
        entry.tokens += 1;
        for (const term of match.terms) entry.terms.add(term);
        combined.set(id, entry);
      }
    });
    const most = Math.max(0, ...[...combined.values()].map((entry) => entry.tokens));
    if (most === 0) return { groups: [], partial: false, empty: false };
    const partial = most < tokens.length;
    const kept = [...combined].filter(([, entry]) => entry.tokens === most);
    return { groups: this.group(kept, limit, hitsPerPage), partial, empty: false };
  }

  private group(docs: [number, { score: number; terms: Set<string> }][], limit: number, hitsPerPage: number): SearchGroup[] {
    const byPage = new Map<number, { score: number; docs: [number, { score: number; terms: Set<string> }][] }>();
    for (const entry of docs) {
      const page = this.file.docs[entry[0]]!.page;
      const group = byPage.get(page) ?? { score: 0, docs: [] };
      group.docs.push(entry);
      byPage.set(page, group);
    }
    for (const [page, group] of byPage) {
      group.docs.sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
      const titleTerms = this.pageTitleTerms[page]!;
      // A page named after the query (Kubernetes for "k8s") outranks pages that mention it, and
      // the more of its title the query covers, the more it is about it ("Kubernetes" over "Kubernetes Workshop …").
      const matched = new Set<string>();
      for (const [, m] of group.docs) {
        for (const term of m.terms) for (const t of titleTerms) if (t.startsWith(term)) matched.add(t);
      }
      const titleBoost = matched.size > 0 ? 2 + (4 * matched.size) / Math.max(titleTerms.length, 1) : 0;
      group.score = group.docs[0]![1].score + Math.min(group.docs.length - 1, 4) * 0.15 + titleBoost;
    }
    return [...byPage]
      .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
      .slice(0, limit)
      .map(([page, group]) => {
        const info = this.file.pages[page]!;
        return {
          page: info,
          url: info.url,
          hits: group.docs.slice(0, hitsPerPage).map(([id, match]) => {
            const doc = this.file.docs[id]!;
            const terms = [...match.terms];
            const words = this.words(id);
            return { url: doc.url, heading: highlightAll(words.heading, terms), excerpt: excerpt(words.text, terms) };
          }),
        };
      });
  }
}
