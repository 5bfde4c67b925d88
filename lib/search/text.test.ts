import { describe, expect, it } from 'vitest';
import { stemEnglish, withinOneEdit } from './english';
import { choseongOf, isChoseongQuery, stripParticle } from './korean';
import { normalizeText, wordSpans } from './normalize';
import { encodeWord, textTerms } from './terms';

// Sentences from content/ko/azure-container-service.mdx and content/en/aks.mdx.
const KO = '지금 Azure에서 컨테이너를 돌릴 방법을 고른다면 Kubernetes는 AKS가 답이다.';
const EN = 'AKS Automatic is a preconfigured mode: nodes are provisioned on demand.';

describe('normalizeText', () => {
  it('composes to NFC and lower-cases, keeping Hangul syllables and typed jamo whole', () => {
    expect(normalizeText('K\u1109\u1161 Kubernetes')).toBe('k사 kubernetes');
    expect(normalizeText('ㅋㅂㄴㅌㅅ')).toBe('ㅋㅂㄴㅌㅅ');
  });

  it('folds full-width Latin and drops lone surrogates', () => {
    expect(normalizeText('Ｋ８Ｓ')).toBe('k8s');
    expect(normalizeText('a\uD800b')).toBe('a b');
  });
});

describe('tokenising real sentences', () => {
  it('keeps Korean particles on the word and drops the one hanging off a Latin word', () => {
    expect(textTerms(KO)).toEqual(['지금', 'azur', '컨테이너를', '돌릴', '방법을', '고른다면', 'kubernet', 'aks', '답이다']);
  });

  it('stems English words so that other forms meet', () => {
    expect(textTerms(EN)).toContain('provision');
    expect(textTerms(EN)).toContain('node');
    expect(encodeWord('Provisioning')).toEqual(['provision']);
    expect(encodeWord('matches')).toEqual(encodeWord('match'));
    expect(stemEnglish('retired')).toBe(stemEnglish('retire'));
    expect(stemEnglish('running')).toBe('run');
    expect(stemEnglish('installed')).toBe('install');
  });

  it('reports word offsets in the original text, for highlighting', () => {
    const spans = wordSpans('Kubernetes는 파드를, 😀 레이블로');
    expect(spans.map((s) => s.text)).toEqual(['Kubernetes는', '파드를', '레이블로']);
    expect(spans[1]).toMatchObject({ start: 12, end: 15 });
  });
});

describe('Korean helpers', () => {
  it('strips one particle, longest first, leaving at least one syllable', () => {
    expect(stripParticle('라벨로')).toBe('라벨');
    expect(stripParticle('쿠버네티스에서는')).toBe('쿠버네티스');
    expect(stripParticle('팟은')).toBe('팟');
    expect(stripParticle('는')).toBe('는');
    expect(stripParticle('kubernetes')).toBe('kubernetes');
    // The plural 들, alone or before a particle; not the 들 of a two-syllable word (번들, 핸들).
    expect(stripParticle('오케스트레이터들')).toBe('오케스트레이터');
    expect(stripParticle('컨테이너들을')).toBe('컨테이너');
    expect(stripParticle('번들')).toBe('번들');
    expect(stripParticle('핸들을')).toBe('핸들');
  });

  it('reads initial consonants', () => {
    expect(choseongOf('쿠버네티스')).toBe('ㅋㅂㄴㅌㅅ');
    expect(isChoseongQuery('ㄷㅋ')).toBe(true);
    expect(isChoseongQuery('도커')).toBe(false);
  });
});

describe('withinOneEdit', () => {
  it('accepts one replaced, missing, extra or swapped letter and nothing more', () => {
    expect(withinOneEdit('kubernets', 'kubernetes')).toBe(true);
    expect(withinOneEdit('magnun', 'magnum')).toBe(true);
    expect(withinOneEdit('kolal', 'kolla')).toBe(true);
    expect(withinOneEdit('kubernetess', 'kubernetes')).toBe(true);
    expect(withinOneEdit('kuberntes', 'kubernetes')).toBe(true);
    expect(withinOneEdit('kbernetse', 'kubernetes')).toBe(false);
    expect(withinOneEdit('docker', 'dockers2')).toBe(false);
  });
});
