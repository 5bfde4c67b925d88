/**
 * Text normalisation shared by the index builder and the query side, so a
 * word is encoded the same way wherever it comes from. NFC, not NFKD or NFKC:
 * those would split Hangul syllables, or turn the compatibility jamo a reader
 * types for 초성 search (ㅋ, U+314B) into conjoining jamo (U+110F).
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const FULLWIDTH_ASCII = /[\uFF01-\uFF5E]/g;

/** NFC, lower case, full-width Latin folded to ASCII, lone surrogates dropped. Never throws. */
export function normalizeText(value: string): string {
  return value
    .replace(LONE_SURROGATE, ' ')
    .replace(FULLWIDTH_ASCII, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .normalize('NFC')
    .toLowerCase();
}

/** A word of the original text and where it sits, so excerpts can highlight it in place. */
export interface WordSpan {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
}

// Letters, marks and digits; anything else (spaces, punctuation, symbols, emoji) separates words.
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text with their offsets, in the text's own spelling. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.replace(LONE_SURROGATE, ' ').matchAll(WORD)) {
    spans.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

const HANGUL = /[\uAC00-\uD7A3\u1100-\u11FF\u3131-\u318E]/;
const SCRIPT_RUN = /[\uAC00-\uD7A3\u1100-\u11FF\u3131-\u318E]+|[^\uAC00-\uD7A3\u1100-\u11FF\u3131-\u318E]+/g;

export function isHangul(value: string): boolean {
  return HANGUL.test(value);
}

/** Splits a word where Hangul meets another script: "kubernetes는" → ["kubernetes", "는"]. */
export function scriptRuns(word: string): string[] {
  return word.match(SCRIPT_RUN) ?? [];
}

/** True for a word made only of Latin letters, where English stemming and typo tolerance apply. */
export function isLatinWord(value: string): boolean {
  return /^[a-z]+$/.test(value);
}
