import { withinOneEdit } from './english';
import type { Lexicon } from './expand';
import { editDistance, jamoOf, jamoTolerance } from './jamo';
import { choseongOf, stripParticle } from './korean';
import { isHangul } from './normalize';

/**
 * The distinct index terms of one language, sorted, for the expansions that
 * FlexSearch cannot do by itself: 초성, mid-word Korean, joined words and
 * typos. Every lookup is bounded by `limit` so a pathological query stays fast.
 */
export class Vocabulary implements Lexicon {
  readonly words: readonly string[];
  private readonly set: Set<string>;
  /** Words and their particle-free forms (쿠버네티스는 → 쿠버네티스): the halves a joined query may be made of; made on first use. */
  private stems: Set<string> | null = null;
  private choseong: { word: string; initials: string }[] | null = null;

  private jamo: { word: string; jamo: string[] }[] | null = null;
  private readonly names: { terms: string[]; initials: string }[];

  constructor(words: Iterable<string>, names: readonly string[][] = []) {
    this.names = names.map((terms) => ({ terms, initials: terms.map(choseongOf).join('') }));
    this.words = [...new Set(words)].sort();
    this.set = new Set(this.words);
  }

  get size(): number {
    return this.words.length;
  }

  has(word: string): boolean {
    return this.set.has(word);
  }

  isStem(word: string): boolean {
    this.stems ??= new Set(this.words.flatMap((word) => [word, stripParticle(word)]));
    return this.stems.has(word);
  }

  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether some term starts with `prefix`, i.e. FlexSearch's forward index will find it. */
  hasPrefix(prefix: string): boolean {
    return this.words[this.lowerBound(prefix)]?.startsWith(prefix) ?? false;
  }

  withPrefix(prefix: string, limit: number): string[] {
    const found: string[] = [];
    for (let i = this.lowerBound(prefix); i < this.words.length && found.length < limit; i++) {
      if (!this.words[i]!.startsWith(prefix)) break;
      found.push(this.words[i]!);
    }
    return found;
  }

  /** Words containing `part` somewhere after their first letter (네티스 → 쿠버네티스), shortest first. */
  containing(part: string, limit: number): string[] {
    const found = this.words.filter((word) => word.length > part.length && word.indexOf(part, 1) > 0);
    return shortestFirst(found).slice(0, limit);
  }

  /** Hangul words whose initial consonants start with `initials` (ㄷㅋ → 도커, 도커는), closest length first. */
  withChoseong(initials: string, limit: number): string[] {
    this.choseong ??= this.words.filter((word) => isHangul(word)).map((word) => ({ word, initials: choseongOf(word) }));
    const found = this.choseong.filter((entry) => entry.word.length === entry.initials.length && entry.initials.startsWith(initials));
    return found
      .sort((a, b) => a.initials.length - b.initials.length || (a.word < b.word ? -1 : 1))
      .slice(0, limit)
      .map((entry) => entry.word);
  }

  /** Particle-free Hangul words within a jamo or two of `word` (by its length), nearest first. */
  nearInJamo(word: string, limit: number): string[] {
    this.jamo ??= this.words.filter((w) => isHangul(w) && stripParticle(w) === w).map((w) => ({ word: w, jamo: jamoOf(w) }));
    const target = jamoOf(word);
    const max = jamoTolerance(target.length);
    const found: { word: string; distance: number }[] = [];
    for (const entry of this.jamo) {
      if (entry.word === word || Math.abs(entry.word.length - word.length) > 1) continue;
      // Two syllables have too many neighbours a jamo away: only vowels that sound alike (핼름 → 헬름).
      const distance = word.length < 3 ? (sameSound(target, entry.jamo) ? 1 : max + 1) : editDistance(target, entry.jamo, max);
      if (distance <= max) found.push({ word: entry.word, distance });
    }
    return found.sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : 1)).slice(0, limit).map((entry) => entry.word);
  }

  namesWithChoseong(initials: string, limit: number): string[][] {
    return this.names.filter((name) => name.initials.startsWith(initials)).slice(0, limit).map((name) => name.terms);
  }

  /** Words one edit away (a typo: one letter wrong, missing, extra, or two swapped). */
  oneEditFrom(word: string, limit: number): string[] {
    const found = this.words.filter((candidate) => candidate !== word && withinOneEdit(word, candidate));
    return shortestFirst(found).slice(0, limit);
  }
}

const SOUND_ALIKE = new Map([
  ['ㅐ', 'ㅔ'],
  ['ㅒ', 'ㅖ'],
]);
const soundKey = (jamo: readonly string[]) => jamo.map((j) => SOUND_ALIKE.get(j) ?? j).join('');

/** Whether two jamo spellings differ only in vowels that sound alike (ㅐ/ㅔ). */
function sameSound(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && soundKey(a) === soundKey(b);
}

function shortestFirst(words: string[]): string[] {
  return words.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
}
