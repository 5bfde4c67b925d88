import { type WordSpan, wordSpans } from './normalize';
import { encodeWord } from './terms';

/**
 * Excerpts with the matched words marked, as data: the interface renders each
 * segment as a text node (marked ones inside <mark>), so text from the index
 * or the query can never become markup.
 */

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * A text split into words once. A word's index terms are encoded when first
 * asked for and kept: an excerpt needs the words up to the first match and
 * its window, not the whole section (stemming every word of a dozen sections
 * was most of the time between the sections' arrival and the results on a
 * throttled CPU).
 */
export interface TokenizedText {
  text: string;
  spans: WordSpan[];
  termsAt(index: number): string[];
}

export function tokenizeText(text: string): TokenizedText {
  const spans = wordSpans(text);
  const encoded: (string[] | undefined)[] = new Array(spans.length);
  return { text, spans, termsAt: (index) => (encoded[index] ??= encodeWord(spans[index]!.text)) };
}

function isMatch(source: TokenizedText, index: number, terms: readonly string[]): boolean {
  for (const word of source.termsAt(index)) for (const term of terms) if (word.startsWith(term)) return true;
  return false;
}

function toSegments(text: string, ranges: WordSpan[], from: number, to: number): Segment[] {
  const segments: Segment[] = [];
  let at = from;
  for (const range of ranges) {
    if (range.start > at) segments.push({ text: text.slice(at, range.start), match: false });
    segments.push({ text: text.slice(range.start, range.end), match: true });
    at = range.end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), match: false });
  return segments;
}

/** The whole text, with matched words marked (for headings). */
export function highlightAll(source: TokenizedText, terms: readonly string[]): Segment[] {
  const ranges = source.spans.filter((_, i) => isMatch(source, i, terms));
  return toSegments(source.text, ranges, 0, source.text.length);
}

/**
 * A window of about `length` characters around the first matched word, cut at
 * word boundaries (so a surrogate pair or a syllable is never split), with
 * "…" where text was left out.
 */
export function excerpt(source: TokenizedText, terms: readonly string[], length = 180): Segment[] {
  const { text, spans } = source;
  if (spans.length === 0) return text ? [{ text: Array.from(text).slice(0, length).join(''), match: false }] : [];
  const first = Math.max(0, spans.findIndex((_, i) => isMatch(source, i, terms)));
  // Start a few words before the match, so the reader sees its context.
  let startIndex = first;
  while (startIndex > 0 && spans[first]!.start - spans[startIndex - 1]!.start < length / 3) startIndex--;
  const from = startIndex === 0 ? 0 : spans[startIndex]!.start;
  let endIndex = startIndex;
  while (endIndex + 1 < spans.length && spans[endIndex + 1]!.end - from <= length) endIndex++;
  const to = endIndex === spans.length - 1 ? text.length : spans[endIndex]!.end;
  const ranges: WordSpan[] = [];
  for (let i = startIndex; i <= endIndex; i++) if (isMatch(source, i, terms)) ranges.push(spans[i]!);
  const segments = toSegments(text, ranges, from, to);
  if (from > 0) segments.unshift({ text: '… ', match: false });
  if (to < text.length) segments.push({ text: ' …', match: false });
  return segments;
}
