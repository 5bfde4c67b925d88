'use client';

import { IgnoredParamsNote } from '@/components/ui/ignored-params-note';
import { useEffect, useMemo } from 'react';
import { prepareSorting, rowsInView, visibleRows } from '@/lib/compare/filter';
import { type ComparePreview, previewAnswers } from '@/lib/compare/preview';
import { defaultViewState, toggleSort } from '@/lib/compare/view-state';
import { CATEGORIES } from '@/lib/content/vocabulary';
import { getCompareDictionary } from '@/lib/i18n/compare-dictionary';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { CompareControls } from './compare-controls';
import { CompareTable } from './compare-table';
import { ExportButtons } from './export-buttons';
import { RowPager, useRowLimit } from './row-pager';
import { whenIdle } from '@/components/ui/when-idle';
import { useAllRows } from './use-all-rows';
import { useUrlViewState } from './use-url-view-state';
import { describeCompareView } from '@/lib/compare/view-summary';

/**
 * The interactive comparison: controls, count, table and downloads. The
 * server renders it in the default state, so the page is a complete table
 * without JavaScript; after hydration the state comes from the URL.
 *
 * It hydrates with the preview (the first page of the default view) and
 * works on every row once they have arrived (`rowsUrl`, fetched when idle or
 * when the view first needs them). Until then a view the preview cannot
 * answer keeps showing the last rows, marked busy.
 */
export function CompareExplorer({ preview, rowsUrl, locale, basePath }: { preview: ComparePreview; rowsUrl: string; locale: Locale; basePath: string }) {
  const { state, ignored, update, updateQuery, endTyping } = useUrlViewState();
  const t = getCompareDictionary(locale).compare;
  const names = getDictionary(locale);
  const [limit, setLimit] = useRowLimit();
  const answered = previewAnswers(state, limit, preview);
  const all = useAllRows(preview, rowsUrl, !answered);
  const rows = answered ? undefined : all.rows;
  // Filtering and sorting a few hundred rows is the costly part of a render; a column toggle or a new page reuses it.
  const inView = useMemo(() => (rows ? rowsInView(rows, state.view) : undefined), [rows, state.view]);
  const shown = useMemo(
    () => (rows ? visibleRows(rows, state, locale) : preview.rows),
    // The state's other fields (shown columns) do not change which rows show.
    [rows, locale, preview, state.view, state.q, state.category, state.status, state.sort, state.dir],
  );
  const waiting = !answered && !rows;
  // Waiting for another view's rows, the table still lists the preview: the default view's first page.
  const stale = waiting && !previewAnswers(state, 0, preview);
  const shownCount = rows ? shown.length : preview.count;
  const inViewCount = inView ? inView.length : preview.count;
  const listed = shown.length > limit ? shown.slice(0, limit) : shown;
  const categories = inView ? CATEGORIES.filter((category) => inView.some((row) => row.category === category)) : preview.categories;
  const columns = state.cols.map((id) => ({ id, label: t.columnLabels[id] }));
  useEffect(() => whenIdle(() => prepareSorting(locale)), [locale]);
  const exportRows = async () => (answered && preview.complete ? preview.rows : visibleRows(await all.request(), state, locale));
  return (
    <div className="mt-6 space-y-4">
      <IgnoredParamsNote ignored={ignored} locale={locale} />
      <CompareControls
        state={state}
        basePath={basePath}
        categories={categories}
        statuses={preview.statuses}
        t={t}
        names={names}
        onChange={update}
        onQuery={updateQuery}
        onQueryDone={endTyping}
      />
      <p className="hidden text-sm print:block" data-print-state>
        {describeCompareView(state, t, names)}
      </p>
      {/* Printing lifts the row limit (useRowLimit), but only the rows already here can print: paper that holds part
          of the table, or the default view's first page while this view's rows are on their way, says so. The
          paragraph is always there (empty when the table is whole), so the page hydrates onto the same elements. */}
      <p className="hidden text-sm font-semibold print:block print:empty:hidden" data-print-partial>
        {stale ? t.printedStale(listed.length) : listed.length < shownCount ? t.printedPart(listed.length, shownCount) : ''}
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="text-sm font-semibold" data-testid="compare-count">
          {t.count(shownCount, inViewCount)}
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
        caption={`${t.views[state.view]} · ${t.count(shownCount, inViewCount)}`}
        busy={waiting}
        captionId="compare-caption"
        locale={locale}
        t={t}
        onSort={(column) => update(toggleSort(state, column))}
      />
      {all.failed && waiting ? (
        <p role="alert" className="text-sm">
          {t.rowsFailed}
        </p>
      ) : null}
      {shownCount === 0 ? <p className="text-sm">{t.noMatches}</p> : null}
      <RowPager listed={listed.length} shown={shownCount} onMore={setLimit} t={t} />
      <p className="text-xs text-slate-600 sm:hidden print:hidden dark:text-slate-400">{t.scrollHint}</p>
      <ExportButtons view={state.view} locale={locale} columns={columns} rows={exportRows} t={t} />
    </div>
  );
}
