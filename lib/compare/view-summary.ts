import type { CompareDictionary } from '../i18n/compare-dictionary';
import type { Dictionary } from '../i18n/dictionary';
import type { ViewState } from './view-state';

/**
 * The comparison's view state as one line of text, printed on a handout in
 * place of the controls (which print hides): the paper says which view,
 * filters, sort and columns the table shows.
 */
export function describeCompareView(state: ViewState, t: CompareDictionary['compare'], names: Pick<Dictionary, 'categories' | 'statuses'>): string {
  const parts = [
    t.views[state.view],
    ...(state.q ? [`${t.filter}: “${state.q}”`] : []),
    `${t.category}: ${state.category ? names.categories[state.category] : t.any}`,
    `${t.status}: ${state.status ? names.statuses[state.status] : t.any}`,
    `${t.sort}: ${t.columnLabels[state.sort]}, ${state.dir === 'asc' ? t.ascending : t.descending}`,
    `${t.columns}: ${state.cols.map((column) => t.columnLabels[column]).join(', ')}`,
  ];
  return `${t.printedView}: ${parts.join(' · ')}`;
}
