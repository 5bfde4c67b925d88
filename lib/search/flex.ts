import { Encoder, Index } from 'flexsearch';

export type Tokenize = 'forward' | 'full';

/**
 * Terms reach FlexSearch already encoded by encodeWord (normalised, stemmed,
 * particles split off) and joined by single spaces, so its encoder must only
 * split on spaces and leave each term alone: no lower-casing or letter
 * dedupe of its own, and no splitting of numbers into triplets.
 */
function passThroughEncoder() {
  return new Encoder({ normalize: false, split: ' ', numeric: false, dedupe: false, cache: false, minlength: 1 });
}

/** One FlexSearch index over one field, configured the same at build time and in the browser. */
export function createFlexIndex(tokenize: Tokenize): Index {
  return new Index({ tokenize, encoder: passThroughEncoder(), resolution: 9, cache: false });
}

/** FlexSearch's export, gathered into one object that JSON can carry. */
export function exportFlexIndex(index: Index): Record<string, unknown> {
  const parts: Record<string, unknown> = {};
  index.export((key: string, data: string) => {
    parts[key] = JSON.parse(data);
  });
  return parts;
}

export function importFlexIndex(index: Index, parts: Record<string, unknown>): void {
  for (const [key, data] of Object.entries(parts)) index.import(key, data as string);
}
