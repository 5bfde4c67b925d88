import { convertQwertyToHangul, disassemble, removeLastCharacter } from 'es-hangul';
import { choseongOf, isChoseongQuery, stripParticle } from './korean';
import { isHangul, isLatinWord, normalizeText, wordSpans } from './normalize';
import { encodeWord } from './terms';

/**
 * What expansion asks of the index's words. The full Vocabulary answers
 * everything; the reader first tries a lexicon of only the shards a query's
 * words fall in, which answers hasPrefix for those words and nothing else, and
 * fetches the whole vocabulary only when a word needs correcting.
 */
export interface Lexicon {
  hasPrefix(prefix: string): boolean;
  isStem(word: string): boolean;
  withPrefix(prefix: string, limit: number): string[];
  containing(part: string, limit: number): string[];
  withChoseong(initials: string, limit: number): string[];
  oneEditFrom(word: string, limit: number): string[];
  /** Hangul words a jamo or two away (쿠버내티스 → 쿠버네티스). */
  nearInJamo(word: string, limit: number): string[];
  /** Names of several words whose initials start with `initials` (ㄷㅋㅁㅅ → 도커 머신). */
  namesWithChoseong(initials: string, limit: number): string[][];
}

/**
 * Turns what a reader typed into tokens, each a set of alternatives that may
 * satisfy it. A page must satisfy every token (AND); an alternative of several
 * terms (a multi-word synonym, a joined word split in two) needs all of them.
 */

export type AlternativeKind = 'exact' | 'particle' | 'synonym' | 'typing' | 'choseong' | 'split' | 'joined' | 'infix' | 'typo' | 'jamo' | 'layout';

/** Kinds that change what the reader typed into another word: results built on them say "Showing results for …". */
export const CORRECTION_KINDS: ReadonlySet<AlternativeKind> = new Set(['typo', 'jamo', 'layout']);

export interface Alternative {
  terms: string[];
  /** How much a match through this alternative is worth, 1 for what was typed. */
  weight: number;
  kind: AlternativeKind;
}

export interface QueryToken {
  /** What the reader typed for this token, normalised. */
  text: string;
  alternatives: Alternative[];
}

/** Longer queries are cut: nobody types more, and pasted essays must not freeze the page. */
export const MAX_QUERY_CHARS = 200;
export const MAX_TOKENS = 12;
const MAX_PHRASE_WORDS = 4;
const EXPANSION_LIMIT = 12;
const TYPO_MIN_LENGTH = 4;
/** Korean names of two syllables or more may be a jamo off (two-syllable ones only by ㅐ/ㅔ, which sound alike; see Vocabulary.nearInJamo). */
const JAMO_MIN_SYLLABLES = 2;

/** Synonym groups keyed by their encoded terms joined with spaces, for phrase lookup. */
export class SynonymTable {
  readonly groups: string[][][] = [];
  private readonly byKey = new Map<string, number>();
  /** Multi-word members written together (도커머신, azurecontainerservice). */
  private readonly byJoined = new Map<string, number>();
  private readonly seen = new Set<string>();

  constructor(groups: readonly string[][][] = []) {
    for (const group of groups) this.add(group);
  }

  /** Adds a group unless it is already known (the split index sends a technology's names with each of its words' shards). */
  add(group: string[][]): void {
    const key = JSON.stringify(group);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const i = this.groups.push(group) - 1;
    for (const terms of group) if (terms.length && !this.byKey.has(terms.join(' '))) this.byKey.set(terms.join(' '), i);
    for (const terms of group) if (terms.length > 1 && !this.byJoined.has(terms.join(''))) this.byJoined.set(terms.join(''), i);
  }

  groupOfJoined(term: string): number | undefined {
    return this.byJoined.get(term);
  }

  groupOf(terms: string[]): number | undefined {
    return this.byKey.get(terms.join(' '));
  }

  /** Groups with a one-term member that starts with `prefix` (쿠버 → the Kubernetes group), for words still being typed. */
  groupsStartingWith(prefix: string): number[] {
    const found = new Set<number>();
    for (const [key, group] of this.byKey) if (!key.includes(' ') && key !== prefix && key.startsWith(prefix)) found.add(group);
    return [...found];
  }

  alternatives(group: number, typed: string, weight: number): Alternative[] {
    return this.groups[group]!.map((terms) => ({
      terms,
      weight: terms.join(' ') === typed ? weight : weight * 0.9,
      kind: 'synonym' as const,
    }));
  }
}

/** The reader's words, normalised, each with its encoded terms. */
export function queryWords(query: string): { raw: string; terms: string[] }[] {
  const cut = Array.from(query).slice(0, MAX_QUERY_CHARS).join('');
  return wordSpans(normalizeText(cut))
    .map((span) => ({ raw: span.text, terms: encodeWord(span.text) }))
    .filter((word) => word.terms.length > 0)
    .slice(0, MAX_TOKENS);
}

/**
 * The first syllables of a word still being typed: 쿠번 may become 쿠버네…
 * (the ㄴ starts the next syllable), 쿠버ㄴ likewise, and 헬르 may become 헬름
 * (the last syllable is still waiting for its final consonant).
 */
function typingAlternatives(term: string, vocab: Lexicon): Alternative[] {
  const last = term.at(-1)!;
  const base = term.slice(0, -1);
  if (!base || !isHangul(base) || !isHangul(last)) return [];
  const lastJamo = disassemble(last);
  const found = new Set<string>();
  for (const word of vocab.withPrefix(base, 200)) {
    const next = word[base.length];
    if (!next) continue;
    // 헬르 → 헬름: the next syllable of the word begins with what was typed of it.
    if (!isChoseongQuery(last) && next !== last && disassemble(next).startsWith(lastJamo)) found.add(word);
  }
  const moved = isChoseongQuery(last) ? { base, initial: last } : lastJamo.length >= 3 ? { base: removeLastCharacter(term), initial: lastJamo.at(-1)! } : null;
  if (moved && moved.base && isHangul(moved.base)) {
    for (const word of vocab.withPrefix(moved.base, 200)) {
      if (word.length > moved.base.length && choseongOf(word[moved.base.length]!) === moved.initial) found.add(word);
    }
  }
  return [...found].slice(0, EXPANSION_LIMIT).map((word) => ({ terms: [word], weight: 0.8, kind: 'typing' as const }));
}

/** Korean typed with the keyboard in English mode, or the word itself when es-hangul cannot assemble it (it throws on some letter runs, e.g. "hhle"). */
function qwertyToHangul(term: string): string {
  try {
    return convertQwertyToHangul(term);
  } catch {
    return term;
  }
}

/** Two words typed together that the text writes apart: 퍼시스턴트볼륨 → 퍼시스턴트 볼륨. */
function splitAlternatives(term: string, vocab: Lexicon): Alternative[] {
  const minHalf = isHangul(term) ? 1 : 2;
  const found: Alternative[] = [];
  for (let i = minHalf; i <= term.length - minHalf; i++) {
    const head = term.slice(0, i);
    const tail = term.slice(i);
    if (vocab.isStem(head) && (vocab.hasPrefix(tail) || vocab.hasPrefix(stripParticle(tail)))) {
      found.push({ terms: [head, vocab.hasPrefix(tail) ? tail : stripParticle(tail)], weight: 0.8, kind: 'split' });
    }
  }
  // Halves of similar length are the likelier reading (공유 + 볼륨 rather than 공 + 유볼륨).
  return found.sort((a, b) => Math.abs(a.terms[0]!.length - a.terms[1]!.length) - Math.abs(b.terms[0]!.length - b.terms[1]!.length)).slice(0, 3);
}

/** The alternatives of one term when nothing in the vocabulary starts with it. */
function fallbackAlternatives(term: string, vocab: Lexicon): Alternative[] {
  if (isChoseongQuery(term)) {
    const words = vocab.withChoseong(term, EXPANSION_LIMIT).map((word): Alternative => ({ terms: [word], weight: 0.8, kind: 'choseong' }));
    const names = vocab.namesWithChoseong(term, EXPANSION_LIMIT).map((terms): Alternative => ({ terms, weight: 0.8, kind: 'choseong' }));
    return [...words, ...names];
  }
  const found: Alternative[] = [];
  if (isHangul(term)) {
    found.push(...typingAlternatives(term, vocab));
    if (found.length === 0) found.push(...splitAlternatives(term, vocab));
    const core = stripParticle(term);
    if (found.length === 0 && term.length >= 2) {
      found.push(...vocab.containing(core, EXPANSION_LIMIT).map((word) => ({ terms: [word], weight: 0.7, kind: 'infix' as const })));
    }
    if (found.length === 0 && core.length >= JAMO_MIN_SYLLABLES) {
      found.push(...vocab.nearInJamo(core, 3).map((word) => ({ terms: [word], weight: 0.7, kind: 'jamo' as const })));
    }
    return found;
  }
  if (isLatinWord(term)) {
    found.push(...splitAlternatives(term, vocab));
    if (found.length === 0 && term.length >= TYPO_MIN_LENGTH) {
      found.push(...vocab.oneEditFrom(term, EXPANSION_LIMIT).map((word) => ({ terms: [word], weight: 0.7, kind: 'typo' as const })));
    }
    if (found.length === 0) {
      // Korean typed with the keyboard left in English mode: rnqjspxltm → 쿠버네티스.
      const hangul = qwertyToHangul(term);
      if (hangul !== term && isHangul(hangul) && !/[a-z]/.test(hangul)) {
        const core = vocab.hasPrefix(hangul) ? hangul : stripParticle(hangul);
        if (vocab.hasPrefix(core)) found.push({ terms: [core], weight: 0.7, kind: 'layout' });
      }
    }
  }
  return found;
}

function termAlternatives(term: string, vocab: Lexicon, synonyms: SynonymTable): Alternative[] {
  const alternatives: Alternative[] = [];
  if (vocab.hasPrefix(term)) alternatives.push({ terms: [term], weight: 1, kind: 'exact' });
  const stripped = stripParticle(term);
  if (stripped !== term && vocab.hasPrefix(stripped) && alternatives.length === 0) {
    alternatives.push({ terms: [stripped], weight: 0.9, kind: 'particle' });
  }
  const group = synonyms.groupOf([stripped]) ?? synonyms.groupOf([term]);
  if (group !== undefined) alternatives.push(...synonyms.alternatives(group, stripped, 0.95));
  else if (term.length >= (isHangul(term) ? 2 : 3)) {
    for (const g of synonyms.groupsStartingWith(term)) alternatives.push(...synonyms.alternatives(g, '', 0.8));
  }
  const joined = synonyms.groupOfJoined(stripped) ?? synonyms.groupOfJoined(term);
  if (alternatives.length === 0 && joined !== undefined) alternatives.push(...synonyms.alternatives(joined, '', 0.9).map((alt) => ({ ...alt, kind: 'split' as const })));
  if (alternatives.length === 0) {
    // A correction or a 초성 name may land on a synonym (매그놈 → 매그넘, which the text writes Magnum): bring its group along.
    for (const alt of fallbackAlternatives(term, vocab)) {
      alternatives.push(alt);
      const group = synonyms.groupOf(alt.terms);
      if (group !== undefined) alternatives.push(...synonyms.alternatives(group, '', alt.weight).map((synonym) => ({ ...synonym, kind: alt.kind })));
    }
  }
  return dedupe(alternatives);
}

function dedupe(alternatives: Alternative[]): Alternative[] {
  const best = new Map<string, Alternative>();
  for (const alt of alternatives) {
    const key = alt.terms.join(' ');
    const seen = best.get(key);
    if (!seen || seen.weight < alt.weight) best.set(key, alt);
  }
  return [...best.values()];
}

/**
 * The words whose shards decide a query's first expansion: what was typed,
 * without a particle, and neighbours joined (hasPrefix is asked of no other).
 */
export function probeTerms(query: string): string[] {
  const words = queryWords(query);
  const terms = new Set<string>();
  words.forEach((word, i) => {
    for (const term of word.terms) {
      terms.add(term);
      terms.add(stripParticle(term));
    }
    const next = words[i + 1];
    if (next && word.terms.length === 1 && next.terms.length === 1) terms.add(word.terms[0]! + next.terms[0]!);
  });
  return [...terms];
}

/** Parses a query into tokens with their alternatives. Any string is accepted; an empty list means nothing to search for. */
export function expandQuery(query: string, vocab: Lexicon, synonyms: SynonymTable): QueryToken[] {
  const words = queryWords(query);
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = false;
    // A synonym may span several words (azure container service); try the longest first.
    for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 2 && !matched; n--) {
      const span = words.slice(i, i + n);
      const terms = span.flatMap((w) => w.terms);
      const lastStripped = [...terms.slice(0, -1), stripParticle(terms.at(-1)!)];
      const group = synonyms.groupOf(terms) ?? synonyms.groupOf(lastStripped);
      if (group !== undefined) {
        tokens.push({ text: span.map((w) => w.raw).join(' '), alternatives: synonyms.alternatives(group, lastStripped.join(' '), 1) });
        i += n;
        matched = true;
      }
    }
    if (matched) continue;
    // Two words the text writes as one (도커 머신 → 도커머신): either form will do.
    const next = words[i + 1];
    const first = words[i]!;
    if (next && first.terms.length === 1 && next.terms.length === 1) {
      const joined = first.terms[0]! + next.terms[0]!;
      if (isHangul(joined) && vocab.hasPrefix(joined)) {
        tokens.push({
          text: `${first.raw} ${next.raw}`,
          alternatives: [
            { terms: [joined], weight: 1, kind: 'joined' },
            { terms: [first.terms[0]!, next.terms[0]!], weight: 1, kind: 'exact' },
          ],
        });
        i += 2;
        continue;
      }
    }
    const word = words[i]!;
    for (const term of word.terms) tokens.push({ text: word.raw, alternatives: termAlternatives(term, vocab, synonyms) });
    i++;
  }
  return tokens.slice(0, MAX_TOKENS);
}
