import { disassemble } from 'es-hangul';

/**
 * Korean misspellings are usually one jamo off (쿠버내티스 for 쿠버네티스,
 * 매그놈 for 매그넘): compared syllable by syllable they differ in a whole
 * letter, compared as jamo in one or two. These compare words as jamo.
 */

/** Damerau-Levenshtein distance (adjacent swaps count one), giving up above `max`. */
export function editDistance(a: readonly string[], b: readonly string[], max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

export function jamoOf(word: string): string[] {
  return Array.from(disassemble(word));
}

/** How many jamo may differ: one in short names, two from about four syllables (쿠버네티스 has ten jamo). */
export function jamoTolerance(jamoCount: number): number {
  return jamoCount >= 8 ? 2 : 1;
}
