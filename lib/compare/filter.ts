import type { Locale } from '../i18n/locales';
import type { ColumnId } from './columns';
import { type CompareRow, normaliseForSearch } from './row';
import type { ViewState } from './view-state';
import { VIEWS } from './views';

/** The rows a view compares, before the reader's filters. */
export function rowsInView(rows: CompareRow[], view: ViewState['view']): CompareRow[] {
  return rows.filter((row) => VIEWS[view].includes(row));
}

/** Every word of the query must appear somewhere in the row's text (in either language). */
export function matchesQuery(row: CompareRow, query: string): boolean {
  const words = normaliseForSearch(query).split(' ').filter(Boolean);
  return words.every((word) => row.searchText.includes(word));
}

export function filterRows(rows: CompareRow[], state: ViewState): CompareRow[] {
  return rowsInView(rows, state.view).filter(
    (row) =>
      (!state.category || row.category === state.category) &&
      (!state.status || row.status === state.status) &&
      matchesQuery(row, state.q),
  );
}

const collators = new Map<Locale, Intl.Collator>();

/** One collator per language for the page's life: making one costs more than sorting a few hundred rows with it. */
function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    collators.set(locale, collator);
  }
  return collator;
}

/**
 * Makes the page's collator ahead of the first sort: building one takes a
 * phone longer than the sort itself, so the explorer does it while idle.
 */
export function prepareSorting(locale: Locale): void {
  collatorFor(locale);
}

/**
 * Sorts by one column. Empty cells go last in both directions, because a
 * reader sorting by "Billing" wants the rows that have a value first; ties
 * fall back to the name, so the order never depends on the input order.
 */
export function sortRows(rows: CompareRow[], column: ColumnId, dir: 'asc' | 'desc', locale: Locale): CompareRow[] {
  const collator = collatorFor(locale);
  const sign = dir === 'asc' ? 1 : -1;
  const compareValues = (a: string | number, b: string | number) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return [...rows].sort((x, y) => {
    const a = x.cells[column].sort;
    const b = y.cells[column].sort;
    if (a === '' && b !== '') return 1;
    if (b === '' && a !== '') return -1;
    return sign * compareValues(a, b) || collator.compare(x.cells.name.text, y.cells.name.text);
  });
}

/** Filter, then sort: the rows the table shows for a state. */
export function visibleRows(rows: CompareRow[], state: ViewState, locale: Locale): CompareRow[] {
  return sortRows(filterRows(rows, state), state.sort, state.dir, locale);
}
