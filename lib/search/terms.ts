import { stemEnglish } from './english';
import { isParticle } from './korean';
import { isHangul, isLatinWord, normalizeText, scriptRuns, WORD } from './normalize';

/**
 * How a word of text becomes index terms. The index builder, the query
 * expansion and the excerpt highlighter all call this one function, so what
 * is indexed, what is looked up and what is marked always agree.
 *
 * "Kubernetes는" → ["kubernet"]: split where the script changes, drop a
 * particle hanging off a Latin word, stem English words.
 */
export function encodeWord(word: string): string[] {
  return encodeNormalized(normalizeText(word), []);
}

const SYLLABLES_ONLY = /^[\uAC00-\uD7A3]+$/;

/** encodeWord for a word already normalised; appends to `out` (the indexer calls this for every word). */
function encodeNormalized(word: string, out: string[]): string[] {
  // Fast paths for the two common cases: a plain English word, a plain Korean word.
  if (isLatinWord(word)) {
    out.push(stemEnglish(word));
    return out;
  }
  if (SYLLABLES_ONLY.test(word)) {
    out.push(word);
    return out;
  }
  scriptRuns(word).forEach((run, i) => {
    if (isHangul(run)) {
      if (!(i > 0 && isParticle(run))) out.push(run);
    } else {
      out.push(isLatinWord(run) ? stemEnglish(run) : run);
    }
  });
  return out;
}

/** Every index term of a text, in order, repeats included. */
export function textTerms(text: string): string[] {
  const out: string[] = [];
  for (const match of normalizeText(text).matchAll(WORD)) encodeNormalized(match[0], out);
  return out;
}
