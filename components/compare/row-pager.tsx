'use client';

import { useEffect, useState } from 'react';
import type { CompareDictionary } from '@/lib/i18n/compare-dictionary';

/**
 * How many rows the table renders at first. Filters, sorting and the
 * downloads work on every row; only the table's DOM is cut, so a comparison of
 * a few hundred technologies renders and re-renders as quickly as one of
 * thirty. Thirty-odd rows today all fit in one page.
 */
export const ROWS_PER_PAGE = 50;

/**
 * The number of rows the table lists, grown by the reader ("Show more") and
 * lifted while the page is printed, so a printout holds the whole table.
 */
export function useRowLimit(): [number, (next: number) => void] {
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  useEffect(() => {
    const showAll = () => setLimit(Number.POSITIVE_INFINITY);
    window.addEventListener('beforeprint', showAll);
    return () => window.removeEventListener('beforeprint', showAll);
  }, []);
  return [limit, setLimit];
}

const BUTTON =
  'inline-flex min-h-8 items-center rounded border border-slate-400 px-3 py-1 text-sm font-medium hover:border-brand-600 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-slate-600 dark:hover:bg-slate-900';

/** Says that the table lists only part of the rows and offers the rest; renders nothing when every row is listed. */
export function RowPager({ listed, shown, onMore, t }: { listed: number; shown: number; onMore: (limit: number) => void; t: CompareDictionary['compare'] }) {
  if (listed >= shown) return null;
  const more = Math.min(ROWS_PER_PAGE, shown - listed);
  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden" data-testid="compare-pager">
      <p className="text-sm text-slate-700 dark:text-slate-300">{t.moreRows(listed, shown)}</p>
      <button type="button" className={BUTTON} onClick={() => onMore(listed + more)}>
        {t.showMore(more)}
      </button>
      <button type="button" className={BUTTON} onClick={() => onMore(Number.POSITIVE_INFINITY)}>
        {t.showAll(shown)}
      </button>
    </div>
  );
}
