/**
 * A deliberately small English stemmer, applied to index terms and query
 * terms alike so that provisioned, provisioning and provisions all meet at
 * "provision", and matches at "match". It only has to make both sides agree,
 * not produce dictionary words; prefix matching covers what it leaves.
 */

const MIN_STEM = 3;

function undouble(word: string): string {
  // running → run, planned → plan; but install, pass and buzz keep their double letter.
  return /([^aeiouslz])\1$/.test(word) ? word.slice(0, -1) : word;
}

function removeSuffix(word: string): string {
  if (word.length <= MIN_STEM) return word;
  if (word.endsWith('ies') && word.length - 3 >= MIN_STEM - 1) return `${word.slice(0, -3)}y`;
  if (/(ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word) && word.length - 1 >= MIN_STEM) return word.slice(0, -1);
  if (word.endsWith('ing') && word.length - 3 >= MIN_STEM) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length - 2 >= MIN_STEM) return undouble(word.slice(0, -2));
  return word;
}

/** provisioned → provision, matches → match, retired → retir (as does retire). */
export function stemEnglish(word: string): string {
  const stem = removeSuffix(word);
  // A silent final e differs between forms (retire, retired): drop it on both sides.
  return stem.length > 4 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/**
 * Whether two words are at most one edit apart: one letter inserted,
 * deleted, replaced, or two neighbours swapped. Linear in the word length,
 * which matters because the vocabulary is scanned on every typo fallback.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // replaced
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swapped
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
