import type { Locale } from '../i18n/locales';
import type { Tokenize } from './flex';

/** The shape of public/search/<locale>.json, shared by the builder and the engine. */

export const SEARCH_INDEX_VERSION = 1;

/** A page that results are grouped under. */
export interface SearchPage {
  title: string;
  url: string;
  /** What kind of page it is, shown next to the title ("Glossary", "Retired"). */
  label: string;
}

/** One searchable unit: a page's summary, or one section under a heading. */
export interface SearchDoc {
  /** Index into `pages`. */
  page: number;
  /** The page URL, with the heading's anchor when the document is a section. */
  url: string;
  heading: string;
  text: string;
}

export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  locale: Locale;
  tokenize: Tokenize;
  pages: SearchPage[];
  docs: SearchDoc[];
  /**
   * Every distinct index term, sorted: what query expansion (초성, typos,
   * mid-word, joined words) looks through. Only in prebuilt files; otherwise
   * it is collected while the browser builds the index.
   */
  vocabulary?: string[];
  /** Synonym groups, each term already encoded the way the index encodes text. */
  synonyms: string[][][];
  /**
   * FlexSearch exports of the heading and the text field, so the browser can
   * import instead of indexing. Optional: it more than doubles the download
   * (see docs/PERFORMANCE.md), so the site ships files without it.
   */
  flex?: { heading: Record<string, unknown>; text: Record<string, unknown> };
}

export function searchIndexPath(locale: Locale): string {
  return `/search/${locale}.json`;
}
