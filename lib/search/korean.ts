import { getChoseong } from 'es-hangul';

/**
 * Korean attaches particles (조사) to the word before them: 쿠버네티스는,
 * 컨테이너를, 팟은. The index keeps words whole and matches by prefix, so a
 * query for 쿠버네티스 finds 쿠버네티스는; the query side strips particles
 * the text may not use with that word (라벨로 → 라벨).
 */

/** Longest first, so 에서는 is removed whole rather than leaving 에서 + 는 guesses. */
export const PARTICLES = [
  '이라는', '에서는', '에서도', '에게서', '으로는', '으로서', '으로써', '이라고', '까지는', '부터는',
  '에서', '에게', '으로', '까지', '부터', '처럼', '보다', '라는', '라고', '이나', '이며', '이고',
  '에는', '에도', '와는', '과는', '로는', '로서', '로써', '만큼', '마다', '하고', '이란', '이다',
  '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '도', '만', '나', '란', '다',
].sort((a, b) => b.length - a.length);

const SYLLABLE = /^[\uAC00-\uD7A3]+$/;

/**
 * Removes one trailing particle from a Hangul word, leaving at least one
 * syllable, and then a plural 들: 라벨로 → 라벨, 쿠버네티스에서는 → 쿠버네티스,
 * 컨테이너들을 → 컨테이너. Returns the word unchanged when nothing can be removed.
 */
export function stripParticle(word: string): string {
  if (!SYLLABLE.test(word)) return word;
  let core = word;
  for (const particle of PARTICLES) {
    if (word.length > particle.length && word.endsWith(particle)) {
      core = word.slice(0, -particle.length);
      break;
    }
  }
  return stripPlural(core);
}

/**
 * Removes the plural suffix 들 (오케스트레이터들 → 오케스트레이터), which comes
 * before any particle (컨테이너들을). Only where two syllables or more remain:
 * a word of two syllables ending in 들 is more likely a word of its own (번들, 핸들).
 */
function stripPlural(word: string): string {
  return word.length > 2 && word.endsWith('들') ? word.slice(0, -1) : word;
}

/** True when the whole word is a particle (the 는 of "Kubernetes는", split off by script). */
export function isParticle(word: string): boolean {
  return PARTICLES.includes(word);
}

const CHOSEONG_QUERY = /^[\u3131-\u314E]+$/;

/** A query of initial consonants only (ㅋㅂㄴㅌㅅ), which readers type as a shorthand. */
export function isChoseongQuery(token: string): boolean {
  return CHOSEONG_QUERY.test(token);
}

/** The initial consonants of the Hangul syllables in a word: 쿠버네티스 → ㅋㅂㄴㅌㅅ. */
export function choseongOf(word: string): string {
  return getChoseong(word).replace(/[^\u3131-\u314E]/g, '');
}
