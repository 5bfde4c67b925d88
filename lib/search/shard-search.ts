import type { Locale } from '../i18n/locales';
import { type Alternative, CORRECTION_KINDS, expandQuery, type Lexicon, probeTerms, type QueryToken, SynonymTable } from './expand';
import { excerpt, highlightAll, type Segment, tokenizeText } from './excerpt';
import { isHangul } from './normalize';
import { successorQuestion } from './relations';
import {
  type ManifestFile,
  manifestPath,
  type Postings,
  type RelationsFile,
  relationsPath,
  type SectionFile,
  sectionPath,
  SHARD_INDEX_VERSION,
  type ShardFile,
  shardHolding,
  shardPath,
  type VocabularyFile,
  vocabularyPath,
} from './shard-format';
import { encodeWord, textTerms } from './terms';
import { Vocabulary } from './vocabulary';

/**
 * Search over the split index (shard-format.ts), the same code in the
 * browser and in Node (tests, lib/search/bench-api.ts): it fetches the
 * manifest, then only the shards the query's words fall in, ranks sections,
 * and fetches the sections shown to build their excerpts. The vocabulary
 * (for corrections) and the relations (for successor questions) are fetched
 * only when a query needs them.
 *
 * FlexSearch builds the posting lists (build-shards.ts) but does not run
 * here: a query needs the lists of a few terms, which are read directly,
 * whereas FlexSearch in the browser would add its code (~5 KB gzip for the
 * light build) and an import of every shard the query touches, for no
 * better answer.
 */

export type FetchJson = <T>(path: string) => Promise<T>;

export interface ResultHit {
  url: string;
  heading: Segment[];
  excerpt: Segment[];
}

export interface ResultGroup {
  url: string;
  title: string;
  label: string;
  hits: ResultHit[];
}

export interface SearchAnswer {
  /** The technology asked about. */
  of: string;
  /** Whether the answer lists successors (else alternatives). */
  successors: boolean;
}

export interface ShardSearchResponse {
  groups: ResultGroup[];
  /** No page has every word; these have the most. */
  partial: boolean;
  /** Nothing searchable was typed (spaces, punctuation, emoji). */
  empty: boolean;
  /** Only one Latin letter or digit so far: it would match too much to be worth its fetches (a Hangul syllable is searched). */
  tooShort?: boolean;
  /** Given up before its sections were fetched, because a newer query arrived (see search's isStale). */
  stale?: boolean;
  /** The query as corrected, when a word was not found as typed and a near one was used. */
  corrected?: string;
  answer?: SearchAnswer;
}

export interface SearchOptions {
  /** Pages shown. */
  limit?: number;
  /** Sections shown per page: each is one small fetch, so this sets most of a search's bytes. */
  hitsPerPage?: number;
  /** Sections shown for the best page, which may deserve more than the rest (default: hitsPerPage). */
  topPageHits?: number;
}

/** A page's place in the ranking, before its sections are fetched. */
export interface RankedPage {
  page: number;
  score: number;
  /** Some word matched only through a correction: ranks below every page that matched as typed. */
  corrected: boolean;
  sections: { id: number; score: number; terms: string[] }[];
}

export interface Ranking {
  pages: RankedPage[];
  partial: boolean;
  empty: boolean;
  tokens: QueryToken[];
  /** Per token, the correction used (encoded term), if any. */
  corrections: (string | null)[];
  answer?: SearchAnswer;
}

/** Field weights: title, heading (carries the page title too), text. */
const FIELD_WEIGHT = [0, 3, 1] as const;
/** A word that only starts with the typed term counts a little less than the term itself. */
const PREFIX_FACTOR = 0.9;
/** A prefix query touching more shards than this is cut (a one-letter query would fetch half the index). */
const MAX_SHARDS_PER_TERM = 3;

/** Exact before corrected, then by score, then by page order (stable results). */
export function comparePages(a: RankedPage, b: RankedPage): number {
  return Number(a.corrected) - Number(b.corrected) || b.score - a.score || a.page - b.page;
}

function decode(buckets: Postings[number]): { id: number; bucket: number }[] {
  if (!buckets) return [];
  const out: { id: number; bucket: number }[] = [];
  buckets.forEach((ids, bucket) => {
    if (!ids) return;
    let id = 0;
    ids.forEach((delta, i) => {
      id = i === 0 ? delta : id + delta;
      out.push({ id, bucket });
    });
  });
  return out;
}

/** The words of the loaded shards: answers hasPrefix for the words probed, and leaves corrections to the full vocabulary. */
class LoadedLexicon implements Lexicon {
  constructor(private readonly vocabulary: Vocabulary) {}
  hasPrefix(prefix: string) {
    return this.vocabulary.hasPrefix(prefix);
  }
  withPrefix(prefix: string, limit: number) {
    return this.vocabulary.withPrefix(prefix, limit);
  }
  isStem() {
    return false;
  }
  containing() {
    return [];
  }
  withChoseong() {
    return [];
  }
  oneEditFrom() {
    return [];
  }
  nearInJamo() {
    return [];
  }
  namesWithChoseong() {
    return [];
  }
}

/** Whether `part` appears in `whole` as consecutive terms. */
function containsRun(whole: readonly string[], part: readonly string[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((term, j) => whole[i + j] === term)) return true;
  return false;
}

/** A technology named by part of its name, two words or more ("Docker VM Extension" for Azure Docker VM Extension), the shortest such name first. */
function partlyNamed(technologies: RelationsFile['technologies'], asked: readonly string[]): RelationsFile['technologies'][number] | undefined {
  if (asked.length < 2) return undefined;
  let best: { tech: RelationsFile['technologies'][number]; length: number } | undefined;
  for (const tech of technologies) {
    for (const name of tech.names) {
      const terms = textTerms(name);
      if (containsRun(terms, asked) && (!best || terms.length < best.length)) best = { tech, length: terms.length };
    }
  }
  return best?.tech;
}

export class ShardSearch {
  private readonly shards = new Map<number, Promise<ShardFile>>();
  private readonly sectionFiles = new Map<number, Promise<SectionFile>>();
  private readonly postings = new Map<string, Postings>();
  private readonly decoded = new Map<string, { title: Set<number>; scores: Map<number, number> }>();
  private loadedWords: Vocabulary = new Vocabulary([]);
  private wordsStale = false;
  private vocabulary?: Promise<Vocabulary>;
  private relations?: Promise<RelationsFile>;
  private readonly synonyms: SynonymTable;

  private constructor(
    readonly locale: Locale,
    private readonly manifest: ManifestFile,
    private readonly fetchJson: FetchJson,
  ) {
    this.synonyms = new SynonymTable(manifest.synonyms);
  }

  static async open(locale: Locale, fetchJson: FetchJson): Promise<ShardSearch> {
    return ShardSearch.fromManifest(locale, await fetchJson<ManifestFile>(manifestPath(locale)), fetchJson);
  }

  /** From a manifest fetched elsewhere (the page fetches it for the search worker, with the page's preload). */
  static fromManifest(locale: Locale, manifest: ManifestFile, fetchJson: FetchJson): ShardSearch {
    if (manifest.version !== SHARD_INDEX_VERSION) throw new Error(`search index for ${locale} has version ${manifest.version}; expected ${SHARD_INDEX_VERSION}`);
    return new ShardSearch(locale, manifest, fetchJson);
  }

  /** The shards that may hold words starting with `prefix`. */
  shardsFor(prefix: string): number[] {
    const firsts = this.manifest.shards;
    const found = [shardHolding(firsts, prefix)];
    for (let i = found[0]! + 1; i < firsts.length && firsts[i]!.startsWith(prefix) && found.length < MAX_SHARDS_PER_TERM; i++) found.push(i);
    return found;
  }

  /**
   * Fetches the shards that hold words starting with any of `terms`, and
   * waits for those another search already asked for too: two searches in
   * flight (a keystroke while the previous one loads) must both see every
   * word of their shards.
   */
  private async loadShards(terms: Iterable<string>): Promise<void> {
    const wanted = new Set<number>();
    for (const term of terms) for (const shard of this.shardsFor(term)) wanted.add(shard);
    const pending = [...wanted].map((shard) => {
      let file = this.shards.get(shard);
      if (!file) {
        file = this.fetchJson<ShardFile>(shardPath(this.locale, shard)).then((loaded) => {
          for (const [term, postings] of Object.entries(loaded.terms)) this.postings.set(term, postings);
          for (const group of loaded.names ?? []) this.synonyms.add(group);
          this.wordsStale = true;
          return loaded;
        });
        file.catch(() => this.shards.delete(shard));
        this.shards.set(shard, file);
      }
      return file;
    });
    await Promise.all(pending);
    if (this.wordsStale) {
      this.loadedWords = new Vocabulary(this.postings.keys());
      this.wordsStale = false;
    }
  }

  private loadVocabulary(): Promise<Vocabulary> {
    this.vocabulary ??= this.fetchJson<VocabularyFile>(vocabularyPath(this.locale)).then((file) => new Vocabulary(file.words, file.names));
    this.vocabulary.catch(() => (this.vocabulary = undefined));
    return this.vocabulary;
  }

  private loadRelations(): Promise<RelationsFile> {
    this.relations ??= this.fetchJson<RelationsFile>(relationsPath(this.locale));
    this.relations.catch(() => (this.relations = undefined));
    return this.relations;
  }

  private section(id: number): Promise<SectionFile> {
    let file = this.sectionFiles.get(id);
    if (!file) {
      file = this.fetchJson<SectionFile>(sectionPath(this.locale, id));
      file.catch(() => this.sectionFiles.delete(id));
      this.sectionFiles.set(id, file);
    }
    return file;
  }

  private pageOf(section: number): number {
    const starts = this.manifest.pageStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= section) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Section scores for one word of the index, and the sections whose page title has it. */
  private word(word: string) {
    let entry = this.decoded.get(word);
    if (!entry) {
      const postings = this.postings.get(word)!;
      const scores = new Map<number, number>();
      for (const field of [1, 2] as const) {
        for (const { id, bucket } of decode(postings[field])) {
          scores.set(id, (scores.get(id) ?? 0) + FIELD_WEIGHT[field] * (1 - (0.3 * bucket) / 9));
        }
      }
      entry = { title: new Set(decode(postings[0]).map((p) => p.id)), scores };
      this.decoded.set(word, entry);
    }
    return entry;
  }

  /** Sections with a word starting with `term`: score, and the title words of their page it matched. */
  private lookup(term: string): Map<number, { score: number; title: Set<string> }> {
    const out = new Map<number, { score: number; title: Set<string> }>();
    for (const word of this.loadedWords.withPrefix(term, 500)) {
      const { scores, title } = this.word(word);
      const factor = word === term ? 1 : PREFIX_FACTOR;
      for (const [id, score] of scores) {
        const entry = out.get(id) ?? { score: 0, title: new Set<string>() };
        entry.score = Math.max(entry.score, score * factor);
        out.set(id, entry);
      }
      for (const id of title) {
        const entry = out.get(id) ?? { score: 0, title: new Set<string>() };
        entry.title.add(word);
        out.set(id, entry);
      }
    }
    return out;
  }

  private matchAlternative(alt: Alternative) {
    let result: Map<number, { score: number; title: Set<string> }> | null = null;
    for (const term of alt.terms) {
      const found = this.lookup(term);
      if (result === null) result = found;
      else {
        const next = new Map<number, { score: number; title: Set<string> }>();
        for (const [id, entry] of result) {
          const other = found.get(id);
          if (other) next.set(id, { score: entry.score + other.score, title: new Set([...entry.title, ...other.title]) });
        }
        result = next;
      }
      if (result.size === 0) break;
    }
    return result ?? new Map();
  }

  /** Expands the query, fetching the shards its words (and then their alternatives) need, and the vocabulary if a word needs correcting. */
  private async expand(query: string): Promise<QueryToken[]> {
    // The synonyms of the words typed come in the same round of fetches (kubernetes brings k8s, 쿠버네티스).
    const probes = probeTerms(query);
    const synonyms = probes.flatMap((term) => {
      const group = this.synonyms.groupOf([term]);
      return group === undefined ? [] : this.synonyms.groups[group]!.flat();
    });
    await this.loadShards([...probes, ...synonyms]);
    let tokens = expandQuery(query, new LoadedLexicon(this.loadedWords), this.synonyms);
    const correcting = tokens.some((token) => token.alternatives.length === 0);
    const lexicon = async (): Promise<Lexicon> => (correcting ? this.loadVocabulary() : new LoadedLexicon(this.loadedWords));
    if (correcting) tokens = expandQuery(query, await lexicon(), this.synonyms);
    // A technology's other names arrive with the shards of its words (the typed ones, or a correction's): expand again
    // once with them, so Podman typed as 포드맨, or a misspelt name, also brings the name's other spellings.
    const known = this.synonyms.groups.length;
    await this.loadShards(tokens.flatMap((token) => token.alternatives.flatMap((alt) => alt.terms)));
    if (this.synonyms.groups.length > known) {
      tokens = expandQuery(query, await lexicon(), this.synonyms);
      await this.loadShards(tokens.flatMap((token) => token.alternatives.flatMap((alt) => alt.terms)));
    }
    return tokens;
  }

  /** Ranks pages for a query: every token must match (AND), else the pages with the most tokens. */
  async rank(query: string, isStale: () => boolean = () => false): Promise<Ranking> {
    const asked = successorQuestion(query);
    if (asked) {
      const answered = await this.answer(asked, isStale);
      if (answered) return answered;
    }
    const tokens = await this.expand(query);
    // Overtaken while its shards loaded: ranking would be work for results nobody will see.
    if (isStale()) return { pages: [], partial: false, empty: false, tokens, corrections: [] };
    const corrections = tokens.map((token) => {
      const best = token.alternatives.filter((alt) => !CORRECTION_KINDS.has(alt.kind));
      return best.length === 0 && token.alternatives.length > 0 ? token.alternatives[0]!.terms.join(' ') : null;
    });
    if (tokens.length === 0) return { pages: [], partial: false, empty: true, tokens, corrections };
    const combined = new Map<number, { score: number; tokens: number; terms: Set<string>; title: Set<string>; corrected: boolean }>();
    for (const token of tokens) {
      const docs = new Map<number, { score: number; terms: string[]; title: Set<string>; corrected: boolean }>();
      for (const alt of token.alternatives) {
        const corrected = CORRECTION_KINDS.has(alt.kind);
        for (const [id, entry] of this.matchAlternative(alt)) {
          const score = (entry.score / alt.terms.length) * alt.weight;
          const seen = docs.get(id);
          if (!seen) docs.set(id, { score, terms: [...alt.terms], title: entry.title, corrected });
          else {
            seen.score = Math.max(seen.score, score);
            seen.terms.push(...alt.terms);
            for (const word of entry.title) seen.title.add(word);
            seen.corrected &&= corrected;
          }
        }
      }
      for (const [id, match] of docs) {
        const entry = combined.get(id) ?? { score: 0, tokens: 0, terms: new Set<string>(), title: new Set<string>(), corrected: false };
        entry.score += match.score;
        entry.tokens += 1;
        for (const term of match.terms) entry.terms.add(term);
        for (const word of match.title) entry.title.add(word);
        entry.corrected ||= match.corrected;
        combined.set(id, entry);
      }
    }
    const most = Math.max(0, ...[...combined.values()].map((entry) => entry.tokens));
    if (most === 0) return { pages: [], partial: false, empty: false, tokens, corrections };
    const byPage = new Map<number, RankedPage & { title: Set<string> }>();
    for (const [id, entry] of combined) {
      if (entry.tokens !== most) continue;
      const page = this.pageOf(id);
      const ranked = byPage.get(page) ?? { page, score: 0, corrected: true, sections: [], title: new Set<string>() };
      ranked.sections.push({ id, score: entry.score, terms: [...entry.terms] });
      ranked.corrected &&= entry.corrected;
      for (const word of entry.title) ranked.title.add(word);
      byPage.set(page, ranked);
    }
    const pages = [...byPage.values()].map(({ title, ...ranked }) => {
      ranked.sections.sort((a, b) => b.score - a.score || a.id - b.id);
      // A page named after the query (Kubernetes for "k8s") outranks pages that mention it; the more of its title matched, the more.
      // …scaled by how much of the query the title answers: "kubernetes clusters on openstack" is about Magnum, not Kubernetes.
      const titleBoost = title.size > 0 ? (2 + (4 * title.size) / Math.max(this.manifest.titleTerms[ranked.page]!, 1)) * Math.min(1, title.size / tokens.length) : 0;
      // A page whose summary has every word is about them, more than a page that has them in one of its sections.
      const summaryBoost = ranked.sections.some((section) => section.id === this.manifest.pageStarts[ranked.page]) && tokens.length > 1 ? 3 : 0;
      ranked.score = ranked.sections[0]!.score + Math.min(ranked.sections.length - 1, 4) * 0.15 + titleBoost + summaryBoost;
      return ranked;
    });
    return { pages: pages.sort(comparePages), partial: most < tokens.length, empty: false, tokens, corrections };
  }

  /** A successor question: the successors (or else the alternatives) of the technology named, first, then the ordinary results. */
  private async answer(asked: string[], isStale: () => boolean): Promise<Ranking | null> {
    // The name asked about may be known only from the shards of its words (technology names travel there).
    const [{ technologies }] = await Promise.all([this.loadRelations(), this.loadShards(asked.length ? [asked[0]!, asked.join('')] : [])]);
    const typed = asked.join(' ');
    const group = this.synonyms.groupOf(asked);
    const names = new Set([typed, ...(group === undefined ? [] : this.synonyms.groups[group]!.map((terms) => terms.join(' ')))]);
    const tech = technologies.find((t) => t.names.some((name) => names.has(textTerms(name).join(' ')))) ?? partlyNamed(technologies, asked);
    if (!tech) return null;
    const successors = tech.successors.length > 0;
    const answers = successors ? tech.successors : tech.alternatives;
    if (answers.length === 0) return null;
    const rest = await this.rank(typed, isStale);
    const pinned: RankedPage[] = answers.map((i, n) => {
      const section = technologies[i]!.section;
      return { page: this.pageOf(section), score: 1000 - n, corrected: false, sections: [{ id: section, score: 1, terms: [] }] };
    });
    const pinnedPages = new Set(pinned.map((p) => p.page));
    return { ...rest, pages: [...pinned, ...rest.pages.filter((p) => !pinnedPages.has(p.page))], partial: false, answer: { of: tech.title, successors } };
  }

  /**
   * Ranks, then fetches the sections shown and marks the matched words in
   * their heading and excerpt; stops before the sections when `isStale` says
   * a newer query has come.
   */
  async search(query: string, options: SearchOptions = {}, isStale: () => boolean = () => false): Promise<ShardSearchResponse> {
    const { limit = 10, hitsPerPage = 3, topPageHits = hitsPerPage } = options;
    // The first key of a Latin word would fetch the shards of every word starting with it, and sections for results the
    // next key replaces: a cost paid on almost every search, for no answer worth reading.
    if (/^[a-z0-9]$/.test(textTerms(query).join(' '))) return { groups: [], partial: false, empty: false, tooShort: true };
    const ranking = await this.rank(query, isStale);
    // A newer query arrived while this one ranked: its sections would be fetched for results nobody will see.
    if (isStale()) return { groups: [], partial: false, empty: false, stale: true };
    const shown = ranking.pages.slice(0, limit);
    const groups = await Promise.all(
      shown.map(async (ranked, rank) => {
        const sections = ranked.sections.slice(0, rank === 0 ? topPageHits : hitsPerPage);
        const files = await Promise.all(sections.map((s) => this.section(s.id)));
        const hits = files.map((file, i) => {
          const terms = sections[i]!.terms;
          return { url: file.url, heading: highlightAll(tokenizeText(file.heading), terms), excerpt: excerpt(tokenizeText(file.text), terms) };
        });
        return { url: files[0]!.page.url, title: files[0]!.page.title, label: files[0]!.page.label, hits };
      }),
    );
    const response: ShardSearchResponse = { groups, partial: ranking.partial, empty: ranking.empty };
    if (ranking.answer) response.answer = ranking.answer;
    if (ranking.corrections.some(Boolean)) response.corrected = this.describeCorrection(ranking, groups);
    return response;
  }

  /** The query as the reader would have written it corrected: Korean terms as they are, English ones as the text spells them. */
  private describeCorrection(ranking: Ranking, groups: ResultGroup[]): string {
    const marked = groups.flatMap((g) => g.hits.flatMap((h) => [...h.heading, ...h.excerpt])).filter((s) => s.match).map((s) => s.text);
    return ranking.tokens
      .map((token, i) => {
        const correction = ranking.corrections[i];
        if (!correction) return token.text;
        if (isHangul(correction)) return correction;
        const surface = marked.filter((word) => encodeWord(word)[0]?.startsWith(correction)).sort((a, b) => a.length - b.length)[0];
        return surface ? surface.toLowerCase() : correction;
      })
      .join(' ');
  }
}
