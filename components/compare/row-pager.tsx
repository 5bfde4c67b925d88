'use client';

import { useEffect, useState } from 'react';

import { ROWS_PER_PAGE } from '@/lib/compare/preview';

/** How many rows a table lists at first, here and in the matrix's ranking (see lib/compare/preview.ts). */
export { ROWS_PER_PAGE };

/**
 * The number of rows the table lists, grown by the reader ("Show more") and
 * lifted while the page is printed, so a printout holds the whole table.
 */
export function useRowLimit(pageSize: number = ROWS_PER_PAGE): [number, (next: number) => void] {
  const [limit, setLimit] = useState<number>(pageSize);
  useEffect(() => {
    const showAll = () => setLimit(Number.POSITIVE_INFINITY);
    window.addEventListener('beforeprint', showAll);
    return () => window.removeEventListener('beforeprint', showAll);
  }, []);
  return [limit, setLimit];
}

const BUTTON =
  'inline-flex min-h-8 items-center rounded border border-slate-400 px-3 py-1 text-sm font-medium hover:border-brand-600 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-slate-600 dark:hover:bg-slate-900';

/** What the pager says, in the page's language (the comparison's and the matrix's dictionaries have these). */
export interface RowPagerLabels {
  moreRows: (listed: number, shown: number) => string;
  showMore: (more: number) => string;
  showAll: (shown: number) => string;
}

/** Says that the table lists only part of the rows and offers the rest; renders nothing when every row is listed. */
export function RowPager({ listed, shown, onMore, t, testId = 'compare-pager', className = '', pageSize = ROWS_PER_PAGE }: { listed: number; shown: number; onMore: (limit: number) => void; t: RowPagerLabels; testId?: string; className?: string; pageSize?: number }) {
  if (listed >= shown) return null;
  const more = Math.min(pageSize, shown - listed);
  return (
    <div className={`flex flex-wrap items-center gap-2 print:hidden ${className}`} data-testid={testId}>
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
