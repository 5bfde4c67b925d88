import { type ColumnId, NAME_COLUMN } from '@/lib/compare/columns';
import { serializeViewState, switchView, toggleColumn, type ViewState } from '@/lib/compare/view-state';
import { VIEW_IDS, VIEWS } from '@/lib/compare/views';
import type { Category, Status } from '@/lib/content/schema';
import type { CompareDictionary } from '@/lib/i18n/compare-dictionary';
import type { Dictionary } from '@/lib/i18n/dictionary';

interface CompareControlsProps {
  state: ViewState;
  basePath: string;
  categories: Category[];
  statuses: Status[];
  t: CompareDictionary['compare'];
  names: Pick<Dictionary, 'categories' | 'statuses'>;
  onChange: (next: ViewState) => void;
  onQuery: (next: ViewState) => void;
  onQueryDone: () => void;
}

const FIELD = 'mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900';

/** View tabs, the text filter, category and status filters, and the column chooser. */
export function CompareControls({ state, basePath, categories, statuses, t, names, onChange, onQuery, onQueryDone }: CompareControlsProps) {
  // Controls do nothing on paper: a handout prints the view as a line of text instead (CompareExplorer).
  return (
    <div className="space-y-4 print:hidden">
      <div role="group" aria-labelledby="compare-view-label">
        <p id="compare-view-label" className="mb-1 text-sm font-semibold">
          {t.viewPicker}
        </p>
        <ul className="flex flex-wrap gap-2">
          {VIEW_IDS.map((id) => {
            const next = switchView(state, id);
            const current = id === state.view;
            return (
              <li key={id}>
                {/* Real links, so a view can be opened in a new tab; a plain click is handled in place. */}
                <a
                  href={`${basePath}${serializeViewState(next)}`}
                  aria-current={current ? 'true' : undefined}
                  data-view={id}
                  onClick={(event) => {
                    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
                    event.preventDefault();
                    if (!current) onChange(next);
                  }}
                  className={`inline-block rounded-full border px-3 py-1.5 text-sm ${
                    current
                      ? 'border-brand-700 bg-brand-700 font-semibold text-white dark:border-brand-300 dark:bg-brand-300 dark:text-slate-950'
                      : 'border-slate-400 text-slate-800 hover:border-brand-600 dark:border-slate-600 dark:text-slate-200'
                  }`}
                >
                  {t.views[id]}
                </a>
              </li>
            );
          })}
        </ul>
      </div>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <div>
          <label htmlFor="compare-filter" className="text-sm font-semibold">
            {t.filter}
          </label>
          <input
            id="compare-filter"
            type="search"
            value={state.q}
            placeholder={t.filterPlaceholder}
            autoComplete="off"
            maxLength={200}
            onChange={(event) => onQuery({ ...state, q: event.target.value })}
            onBlur={onQueryDone}
            className={FIELD}
          />
        </div>
        <div>
          <label htmlFor="compare-category" className="text-sm font-semibold">
            {t.category}
          </label>
          <select
            id="compare-category"
            value={state.category ?? ''}
            onChange={(event) => onChange({ ...state, category: (event.target.value || null) as Category | null })}
            className={FIELD}
          >
            <option value="">{t.any}</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {names.categories[category]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="compare-status" className="text-sm font-semibold">
            {t.status}
          </label>
          <select
            id="compare-status"
            value={state.status ?? ''}
            onChange={(event) => onChange({ ...state, status: (event.target.value || null) as Status | null })}
            className={FIELD}
          >
            <option value="">{t.any}</option>
            {statuses.map((status) => (
              <option key={status} value={status}>
                {names.statuses[status]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <details className="rounded border border-slate-300 dark:border-slate-700">
        <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">
          {t.columns} ({state.cols.length}/{VIEWS[state.view].columns.length})
        </summary>
        <fieldset className="px-3 pb-3">
          <legend className="sr-only">{t.columnsHint}</legend>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {VIEWS[state.view].columns
              .filter((column) => column !== NAME_COLUMN)
              .map((column: ColumnId) => (
                <li key={column}>
                  <label className="inline-flex min-h-6 items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={state.cols.includes(column)}
                      onChange={(event) => onChange(toggleColumn(state, column, event.target.checked))}
                      data-column-toggle={column}
                      className="h-4 w-4"
                    />
                    {t.columnLabels[column]}
                  </label>
                </li>
              ))}
          </ul>
        </fieldset>
      </details>
    </div>
  );
}
