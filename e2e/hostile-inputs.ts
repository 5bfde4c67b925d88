/**
 * A fixed list of hostile inputs for every page that reads input. Each
 * payload that could run script sets window.__pwned or adds an element with
 * data-pwned, so the test can tell whether anything got through.
 *
 * `text` is what a reader types (and what we percent-encode into a URL);
 * `raw`, when given, goes into the query string as it is, for inputs that
 * cannot be produced by encoding a string (broken percent-encoding, encoded
 * lone surrogates).
 */
export interface HostileInput {
  label: string;
  text: string;
  raw?: string;
}

const markup: HostileInput[] = [
  '<script>window.__pwned=1</script>',
  '"><script>window.__pwned=1</script>',
  "'><script>window.__pwned=1</script>",
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1">',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  '<b data-pwned="1">bold</b>',
  '<a href="javascript:window.__pwned=1" data-pwned="1">x</a>',
  'javascript:window.__pwned=1',
  '<details open ontoggle="window.__pwned=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1">',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<!--',
  ']]>',
  '<style>*{display:none!important}</style>',
  '<div data-pwned="1" style="position:fixed;inset:0">',
  '&lt;script&gt;',
  '&#60;script&#62;window.__pwned=1&#60;/script&#62;',
  'onmouseover=window.__pwned=1',
].map((text, i) => ({ label: `markup ${i + 1}`, text }));

const quotesAndRegex: HostileInput[] = [
  '"', "'", '`', '\\', '\\"', '(', ')', '[', ']', '{', '}', '.*', '(a+)+$', '^$', '|', '?', '+', '*', '$&', '\\u0000',
].map((text, i) => ({ label: `quote or regex ${i + 1}`, text }));

const sizes: HostileInput[] = [
  { label: '10,000 a', text: 'a'.repeat(10_000) },
  { label: '1,000 Korean syllables', text: '쿠버네티스'.repeat(200) },
  { label: 'many commas', text: ','.repeat(3_000) },
  { label: 'long words', text: Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ') },
];

const unknownValues: HostileInput[] = [
  'no-such-technology', 'retired,active,gone', 'kubernetes,kubernetes,kubernetes', 'NaN', '-1', '999999', '1e308', 'null', 'undefined', '__proto__', 'constructor', 'toString',
].map((text, i) => ({ label: `unknown value ${i + 1}`, text }));

const unicode: HostileInput[] = [
  { label: 'emoji', text: '🐳🚢☸️' },
  { label: 'family emoji (ZWJ)', text: '👨‍👩‍👧‍👦' },
  { label: 'flag', text: '🇰🇷' },
  { label: 'right-to-left override', text: '\u202Eevil' },
  { label: 'zero-width space', text: 'kube\u200Brnetes' },
  { label: 'decomposed Hangul (NFD)', text: '쿠버네티스'.normalize('NFD') },
  { label: 'half-composed syllable', text: 'ㅋㅜ' },
  { label: 'only spaces', text: '     ' },
  { label: 'tabs and newlines', text: '\t\n\r' },
  { label: 'lone high surrogate', text: '\uD800', raw: '%ED%A0%80' },
  { label: 'lone low surrogate', text: 'a\uDC00b', raw: 'a%ED%B0%80b' },
  { label: 'null character', text: 'a\u0000b' },
];

const brokenEncoding: HostileInput[] = [
  { label: 'truncated percent-encoding', text: '%E0%A4%A', raw: '%E0%A4%A' },
  { label: 'lone percent sign', text: '%', raw: '%' },
  { label: 'invalid hex', text: '%ZZ', raw: '%ZZ' },
  { label: 'overlong UTF-8', text: '%C0%AF', raw: '%C0%AF' },
  { label: 'double-encoded script', text: '%253Cscript%253E', raw: '%253Cscript%253E' },
  { label: 'encoded ampersand and equals', text: 'a&b=c', raw: 'a%26b%3Dc&b=c' },
];

export const HOSTILE_INPUTS: HostileInput[] = [...markup, ...quotesAndRegex, ...sizes, ...unknownValues, ...unicode, ...brokenEncoding];

/** The value to put into a query string for this input. */
export function queryValue(input: HostileInput): string {
  return input.raw ?? encodeURIComponent(input.text);
}
