import { CATEGORIES, type Category, STATUSES, type Status } from '../content/vocabulary';
import type { Locale } from '../i18n/locales';
import { rowsInView, visibleRows } from './filter';
import type { CompareRow } from './row';
import { defaultViewState, type ViewState } from './view-state';
import { DEFAULT_VIEW, VIEWS } from './views';

/**
 * How many rows the comparison table renders at first. Filters, sorting and
 * the downloads work on every row; only the table's DOM is cut, so a
 * comparison of a few hundred technologies renders and re-renders as quickly
 * as one of thirty. Thirty-odd rows today all fit in one page.
 */
export const ROWS_PER_PAGE = 50;

/**
 * What the comparison needs to hydrate: the first page of the default view,
 * exactly as the server renders it, and the figures around it. The browser
 * fetches this small file before it hydrates and every row only when the
 * reader needs more than the first page (a filter, a sort, another view, the
 * next page, a download), or when it is idle. With thirty-odd rows the first
 * page holds them all (`complete`) and nothing else is fetched.
 */
export interface ComparePreview {
  /** The default view's first rows, filtered and sorted as it shows them. */
  rows: CompareRow[];
  /** Rows in the default view: the count the page states and the pager offers. */
  count: number;
  /** True when `rows` is every row of the comparison, in every view. */
  complete: boolean;
  /** Categories the default view's category filter offers. */
  categories: Category[];
  /** Statuses the status filter offers (of every row). */
  statuses: Status[];
}

export function buildComparePreview(rows: CompareRow[], locale: Locale): ComparePreview {
  const state = defaultViewState();
  const inView = rowsInView(rows, state.view);
  const shown = visibleRows(rows, state, locale);
  const complete = shown.length === rows.length && rows.length <= ROWS_PER_PAGE;
  return {
    rows: complete ? shown : shown.slice(0, ROWS_PER_PAGE),
    count: shown.length,
    complete,
    categories: CATEGORIES.filter((category) => inView.some((row) => row.category === category)),
    statuses: STATUSES.filter((status) => rows.some((row) => row.status === status)),
  };
}

/**
 * True when a state shows the default view's rows in the default order and
 * the table lists no more than the preview holds: then the preview is the
 * answer, whether or not every row has arrived. Shown columns may differ
 * (every row carries every cell).
 */
export function previewAnswers(state: ViewState, limit: number, preview: ComparePreview): boolean {
  const defaults = VIEWS[DEFAULT_VIEW].defaultSort;
  return (
    state.view === DEFAULT_VIEW &&
    !state.q.trim() &&
    !state.category &&
    !state.status &&
    state.sort === defaults.column &&
    state.dir === defaults.dir &&
    Math.min(limit, preview.count) <= preview.rows.length
  );
}
