/**
 * The weight scale of the matrix, kept free of imports so the client bundle
 * can use it without pulling in the content schema (and zod with it).
 */

/** 0: the criterion does not matter to the reader. */
export const MIN_WEIGHT = 0;
/** 3: it matters most. */
export const MAX_WEIGHT = 3;
/** Every criterion weighs this much until the reader or a preset says otherwise. */
export const DEFAULT_WEIGHT = 1;
