'use client';

import { IgnoredParamsNote } from '@/components/ui/ignored-params-note';
import { rowsInView, visibleRows } from '@/lib/compare/filter';
import type { CompareRow } from '@/lib/compare/row';
import { defaultViewState, toggleSort } from '@/lib/compare/view-state';
import { CATEGORIES, STATUSES } from '@/lib/content/vocabulary';
import { getCompareDictionary } from '@/lib/i18n/compare-dictionary';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { CompareControls } from './compare-controls';
import { CompareTable } from './compare-table';
import { ExportButtons } from './export-buttons';
import { RowPager, useRowLimit } from './row-pager';
import { useUrlViewState } from './use-url-view-state';
import { describeCompareView } from '@/lib/compare/view-summary';

/**
 * The interactive comparison: controls, count, table and downloads. The
 * server renders it in the default state, so the page is a complete table
 * without JavaScript; after hydration the state comes from the URL.
 */
export function CompareExplorer({ rows, locale, basePath }: { rows: CompareRow[]; locale: Locale; basePath: string }) {
  const { state, ignored, update, updateQuery, endTyping } = useUrlViewState();
  const t = getCompareDictionary(locale).compare;
  const names = getDictionary(locale);
  const inView = rowsInView(rows, state.view);
  const shown = visibleRows(rows, state, locale);
  const [limit, setLimit] = useRowLimit();
  const listed = shown.length > limit ? shown.slice(0, limit) : shown;
  const categories = CATEGORIES.filter((category) => inView.some((row) => row.category === category));
  const statuses = STATUSES.filter((status) => rows.some((row) => row.status === status));
  const columns = state.cols.map((id) => ({ id, label: t.columnLabels[id] }));
  return (
    <div className="mt-6 space-y-4">
      <IgnoredParamsNote ignored={ignored} locale={locale} />
      <CompareControls
        state={state}
        basePath={basePath}
        categories={categories}
        statuses={statuses}
        t={t}
        names={names}
        onChange={update}
        onQuery={updateQuery}
        onQueryDone={endTyping}
      />
      <p className="hidden text-sm print:block" data-print-state>
        {describeCompareView(state, t, names)}
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="text-sm font-semibold" data-testid="compare-count">
          {t.count(shown.length, inView.length)}
        </p>
        <button type="button" onClick={() => update(defaultViewState(state.view))} className="min-h-6 text-sm print:hidden text-brand-700 underline dark:text-brand-300">
          {t.reset}
        </button>
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">{t.viewDescriptions[state.view]}</p>
      <CompareTable
        rows={listed}
        columns={state.cols}
        sort={state.sort}
        dir={state.dir}
        caption={`${t.views[state.view]} · ${t.count(shown.length, inView.length)}`}
        captionId="compare-caption"
        locale={locale}
        t={t}
        onSort={(column) => update(toggleSort(state, column))}
      />
      {shown.length === 0 ? <p className="text-sm">{t.noMatches}</p> : null}
      <RowPager listed={listed.length} shown={shown.length} onMore={setLimit} t={t} />
      <p className="text-xs text-slate-600 sm:hidden print:hidden dark:text-slate-400">{t.scrollHint}</p>
      <ExportButtons view={state.view} locale={locale} columns={columns} rows={shown} t={t} />
    </div>
  );
}
