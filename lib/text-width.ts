/**
 * Text width estimated without a browser, for SVG drawn at build time
 * (architecture diagrams, the lifespan chart). Generous on purpose, so text
 * never overflows its box: a Hangul or CJK character is a full em, Latin
 * letters are sized roughly as in a sans-serif face.
 */
export function charEm(ch: string): number {
  const code = ch.codePointAt(0)!;
  // Hangul jamo and syllables, CJK ideographs, kana, fullwidth forms.
  if ((code >= 0x1100 && code <= 0x11ff) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef)) return 1;
  if (ch === ' ') return 0.3;
  if ('iljtfI.,:;|!\'()[]/-'.includes(ch)) return 0.36;
  if ('mwMW@'.includes(ch)) return 0.9;
  if (/[A-Z]/.test(ch)) return 0.7;
  return 0.58;
}

/** Width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].reduce((sum, ch) => sum + charEm(ch), 0) * fontSize;
}
