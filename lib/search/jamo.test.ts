import { describe, expect, it } from 'vitest';
import { editDistance, jamoOf } from './jamo';
import { Vocabulary } from './vocabulary';

describe('jamo edit distance', () => {
  const d = (a: string, b: string, max = 3) => editDistance(jamoOf(a), jamoOf(b), max);
  it('counts one for a vowel off (쿠버내티스), a final consonant off (매그놈) and a swap', () => {
    expect(d('쿠버내티스', '쿠버네티스')).toBe(1);
    expect(d('매그놈', '매그넘')).toBe(1);
    expect(editDistance([...'abcd'], [...'abdc'], 3)).toBe(1);
    expect(editDistance([...'kitten'], [...'sitting'], 5)).toBe(3);
  });
  it('gives up above the limit', () => {
    expect(d('쿠버네티스', '도커', 2)).toBe(3);
  });
});

describe('Vocabulary corrections', () => {
  const vocab = new Vocabulary(['쿠버네티스', '쿠버네티스는', '매그넘', '도커', '헬름', 'kubernet', 'kolla'], [['도커', '머신']]);
  it('finds particle-free Hangul words a jamo or two away, nearest first', () => {
    expect(vocab.nearInJamo('쿠버내티스', 3)).toEqual(['쿠버네티스']);
  });
  it('in two-syllable words, only vowels that sound alike (핼름 → 헬름, not 도카 → 도커)', () => {
    expect(vocab.nearInJamo('핼름', 3)).toEqual(['헬름']);
    expect(vocab.nearInJamo('도카', 3)).toEqual([]);
  });
  it('finds multi-word names by their initials', () => {
    expect(vocab.namesWithChoseong('ㄷㅋㅁ', 5)).toEqual([['도커', '머신']]);
    expect(vocab.namesWithChoseong('ㅋㅂ', 5)).toEqual([]);
  });
  it('finds English words one letter off, transpositions included', () => {
    expect(vocab.oneEditFrom('kolal', 5)).toEqual(['kolla']);
  });
});
