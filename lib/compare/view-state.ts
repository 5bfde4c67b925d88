import { CATEGORIES, type Category, STATUSES, type Status } from '../content/vocabulary';
import { type IgnoredParam, paramsFrom, readChoice, readList, readText, unknownParams } from '../url-state';
import { type ColumnId, NAME_COLUMN } from './columns';
import { DEFAULT_VIEW, SORT_DIRECTIONS, type SortDirection, VIEW_IDS, type ViewId, VIEWS } from './views';

/**
 * The whole state of the comparison page, as it lives in the query string:
 * `?view=azure&q=kubernetes&category=azure-service&status=retired&sort=period&dir=desc&cols=period,billing`.
 * Defaults are left out of the URL, so the plain page has a plain address.
 */
export interface ViewState {
  view: ViewId;
  /** Free text, matched against names, summaries and cell values. */
  q: string;
  category: Category | null;
  status: Status | null;
  sort: ColumnId;
  dir: SortDirection;
  /** Shown columns, in the view's order; always starts with the name column. */
  cols: ColumnId[];
}

export const VIEW_STATE_PARAMS = ['view', 'q', 'category', 'status', 'sort', 'dir', 'cols'] as const;

export function defaultViewState(view: ViewId = DEFAULT_VIEW): ViewState {
  const definition = VIEWS[view];
  return {
    view,
    q: '',
    category: null,
    status: null,
    sort: definition.defaultSort.column,
    dir: definition.defaultSort.dir,
    cols: [...definition.defaultColumns],
  };
}

/** Keeps the view's column order and the name column first, whatever order the link used. */
function orderedColumns(view: ViewId, chosen: Iterable<ColumnId>): ColumnId[] {
  const set = new Set(chosen);
  set.add(NAME_COLUMN);
  return VIEWS[view].columns.filter((column) => set.has(column));
}

/** Reads a query string into a complete, valid state; whatever cannot be used is listed in `ignored`. */
export function parseViewState(search: string): { state: ViewState; ignored: IgnoredParam[] } {
  const params = paramsFrom(search);
  const ignored: IgnoredParam[] = [];
  unknownParams(params, VIEW_STATE_PARAMS, ignored);
  const view = readChoice(params, 'view', VIEW_IDS, ignored) ?? DEFAULT_VIEW;
  const state = defaultViewState(view);
  const columns = VIEWS[view].columns;
  state.q = readText(params, 'q', ignored);
  state.category = readChoice(params, 'category', CATEGORIES, ignored) ?? null;
  state.status = readChoice(params, 'status', STATUSES, ignored) ?? null;
  const sort = readChoice(params, 'sort', columns, ignored);
  if (sort) {
    state.sort = sort;
    state.dir = 'asc';
  }
  state.dir = readChoice(params, 'dir', SORT_DIRECTIONS, ignored) ?? state.dir;
  const cols = readList(params, 'cols', columns, ignored);
  // A list of nothing but unknown columns would leave only names; the view's defaults are more useful.
  if (cols && cols.some((column) => column !== NAME_COLUMN)) state.cols = orderedColumns(view, cols);
  return { state, ignored };
}

/** Writes a state as a query string ('' for the default view), leaving out every default. */
export function serializeViewState(state: ViewState): string {
  const defaults = defaultViewState(state.view);
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_VIEW) params.set('view', state.view);
  if (state.q.trim()) params.set('q', state.q);
  if (state.category) params.set('category', state.category);
  if (state.status) params.set('status', state.status);
  if (state.sort !== defaults.sort || state.dir !== defaults.dir) {
    params.set('sort', state.sort);
    params.set('dir', state.dir);
  }
  const cols = orderedColumns(state.view, state.cols);
  if (cols.join() !== defaults.cols.join()) params.set('cols', cols.filter((c) => c !== NAME_COLUMN).join(','));
  // Commas are legal in a query string; leaving them unescaped keeps `cols=period,billing` readable in a chat.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/** The state after the reader switches views: the text and status filters carry over; category, sort and columns reset to the new view's. */
export function switchView(state: ViewState, view: ViewId): ViewState {
  return { ...defaultViewState(view), q: state.q, status: state.status };
}

/** Clicking a column header: a new column sorts ascending, the sorted one flips. */
export function toggleSort(state: ViewState, column: ColumnId): ViewState {
  if (state.sort === column) return { ...state, dir: state.dir === 'asc' ? 'desc' : 'asc' };
  return { ...state, sort: column, dir: 'asc' };
}

export function toggleColumn(state: ViewState, column: ColumnId, shown: boolean): ViewState {
  if (column === NAME_COLUMN) return state;
  const next = shown ? [...state.cols, column] : state.cols.filter((c) => c !== column);
  return { ...state, cols: orderedColumns(state.view, next) };
}
