import type { Category, Status } from '../content/schema';
import type { ColumnId } from './columns';

/**
 * One technology as the comparison table sees it: plain, serialisable data
 * built on the server from the content loader and handed to the client
 * component as props. Cells carry display text, a sort key and, where the
 * value needs explaining, a link to the article section that backs it.
 */

export interface CellLink {
  text: string;
  href: string;
}

export interface CompareCell {
  /** What the reader sees and what CSV and JSON export; '' when the fact does not apply. */
  text: string;
  /** Compared when sorting; '' sorts last in either direction. */
  sort: string | number;
  /** The article section that states this value. */
  evidence?: string;
  /** Values that are themselves links (successors). */
  links?: CellLink[];
}

export interface CompareRow {
  slug: string;
  href: string;
  category: Category;
  status: Status;
  cells: Record<ColumnId, CompareCell>;
  /** Names, summaries and cell values in both languages, normalised for matching (see normaliseForSearch). */
  searchText: string;
}

/** NFC, so Hangul typed as separate jamo (as some keyboards and macOS file names produce) matches precomposed text; then lower case. */
export function normaliseForSearch(value: string): string {
  return value.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}
