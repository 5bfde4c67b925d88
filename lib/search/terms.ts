import { stemEnglish } from './english';
import { isParticle } from './korean';
import { isHangul, isLatinWord, normalizeText, scriptRuns, wordSpans } from './normalize';

/**
 * How a word of text becomes index terms. The index builder, the query
 * expansion and the excerpt highlighter all call this one function, so what
 * is indexed, what is looked up and what is marked always agree.
 *
 * "Kubernetes는" → ["kubernete"]: split where the script changes, drop a
 * particle hanging off a Latin word, stem English words.
 */
export function encodeWord(word: string): string[] {
  const runs = scriptRuns(normalizeText(word));
  const terms: string[] = [];
  runs.forEach((run, i) => {
    if (isHangul(run)) {
      if (i > 0 && isParticle(run)) return;
      terms.push(run);
    } else {
      terms.push(isLatinWord(run) ? stemEnglish(run) : run);
    }
  });
  return terms;
}

/** Every index term of a text, in order, repeats included. */
export function textTerms(text: string): string[] {
  return wordSpans(text).flatMap((span) => encodeWord(span.text));
}
