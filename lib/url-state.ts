/**
 * Shared rules for reading view state from a URL query string (comparison,
 * matrix, search). A shared link must reproduce what its sender saw, and a
 * hostile or mistyped link must never break the page: unknown values are
 * dropped and reported as notes, never rendered as markup.
 */

/** Longer values are cut: no legitimate view state needs more, and long strings make notes unreadable. */
export const MAX_PARAM_LENGTH = 200;

/** A query parameter that was ignored, and why; shown to the reader as plain text. */
export interface IgnoredParam {
  param: string;
  /** The offending value, shortened for display. */
  value: string;
  reason: 'unknown' | 'too-long' | 'out-of-range' | 'malformed';
}

/** How many ignored parameters a note lists before it only counts the rest. */
export const NOTE_MAX_ITEMS = 8;

export function shorten(value: string, max = 40): string {
  // Array.from counts code points, so an emoji is never cut in half.
  const chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}

/** Removes lone surrogates, which cannot be encoded back into a URL. */
export function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Reads `?name=` as free text, bounded in length. */
export function readText(params: URLSearchParams, name: string, ignored: IgnoredParam[]): string {
  const raw = params.get(name);
  if (raw === null) return '';
  const value = wellFormed(raw);
  if (value.length > MAX_PARAM_LENGTH) {
    ignored.push({ param: name, value: shorten(value), reason: 'too-long' });
    return Array.from(value).slice(0, MAX_PARAM_LENGTH).join('');
  }
  return value;
}

/** Reads one value that must be one of `allowed`; anything else is ignored and noted. */
export function readChoice<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  ignored: IgnoredParam[],
): T | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  ignored.push({ param: name, value: shorten(wellFormed(raw)), reason: raw.length > MAX_PARAM_LENGTH ? 'too-long' : 'unknown' });
  return undefined;
}

/** Reads a comma-separated list whose items must each be one of `allowed`; keeps the known ones, in order, once. */
export function readList<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  ignored: IgnoredParam[],
): T[] | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  if (raw.length > MAX_PARAM_LENGTH * 10) {
    ignored.push({ param: name, value: shorten(wellFormed(raw)), reason: 'too-long' });
    return undefined;
  }
  const kept: T[] = [];
  for (const item of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    if ((allowed as readonly string[]).includes(item)) {
      if (!kept.includes(item as T)) kept.push(item as T);
    } else {
      ignored.push({ param: name, value: shorten(wellFormed(item)), reason: 'unknown' });
    }
  }
  return kept;
}

/** Reads a whole number in [min, max]; anything else is ignored and noted. */
export function readInteger(params: URLSearchParams, name: string, min: number, max: number, ignored: IgnoredParam[]): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  if (!/^-?\d{1,6}$/.test(raw)) {
    ignored.push({ param: name, value: shorten(wellFormed(raw)), reason: 'malformed' });
    return undefined;
  }
  const value = Number(raw);
  if (value < min || value > max) {
    ignored.push({ param: name, value: raw, reason: 'out-of-range' });
    return undefined;
  }
  return value;
}

/**
 * Parses a query string that may be malformed (broken percent-encoding such
 * as `%E0%A4%A`), which URLSearchParams tolerates but decodeURIComponent would throw on.
 */
export function paramsFrom(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

/** Names the parameters that a view does not know at all (e.g. ?foo=1). */
export function unknownParams(params: URLSearchParams, known: readonly string[], ignored: IgnoredParam[]): void {
  for (const [name, value] of params) {
    if (!known.includes(name)) ignored.push({ param: shorten(wellFormed(name), 30), value: shorten(wellFormed(value)), reason: 'unknown' });
  }
}
