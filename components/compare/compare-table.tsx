import { memo } from 'react';
import { StatusBadge } from '@/components/ui/status-badge';
import { CHECK_COLUMNS, type ColumnId, NAME_COLUMN } from '@/lib/compare/columns';
import type { CompareCell, CompareRow } from '@/lib/compare/row';
import type { SortDirection } from '@/lib/compare/views';
import type { CompareDictionary } from '@/lib/i18n/compare-dictionary';
import type { Locale } from '@/lib/i18n/locales';

interface CompareTableProps {
  rows: CompareRow[];
  columns: ColumnId[];
  sort: ColumnId;
  dir: SortDirection;
  caption: string;
  captionId: string;
  /** True while the rows for the reader's view are still on their way: the table shows the previous rows. */
  busy?: boolean;
  locale: Locale;
  t: CompareDictionary['compare'];
  onSort: (column: ColumnId) => void;
}

const LINK = 'text-brand-700 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-brand-300';
const STICKY_HEAD = 'sticky top-0 bg-slate-100 dark:bg-slate-800';
const STICKY_FIRST = 'sticky left-0 bg-white dark:bg-slate-950';

/** A cell's content: a plain function, so a cell is one memoised component (CompareTableCell), not several. */
function cellContent(cell: CompareCell, column: ColumnId, row: CompareRow, locale: Locale, t: CompareDictionary['compare']) {
  if (column === 'status') {
    return (
      <a href={cell.evidence} className="inline-block rounded py-0.5">
        <StatusBadge status={row.status} locale={locale} />
      </a>
    );
  }
  if (!cell.text) {
    return (
      <>
        <span aria-hidden="true" className="text-slate-500 dark:text-slate-400">—</span>
        <span className="sr-only">{t.empty}</span>
      </>
    );
  }
  if (cell.links) {
    return cell.links.map((link, i) => (
      <span key={link.href}>
        {i > 0 ? ', ' : null}
        <a href={link.href} className={`${LINK} font-semibold`}>{link.text}</a>
      </span>
    ));
  }
  const content = CHECK_COLUMNS.has(column) ? (
    <>
      <span aria-hidden="true">✓</span>
      <span className="sr-only">{cell.text}</span>
    </>
  ) : (
    cell.text
  );
  if (!cell.evidence) return content;
  return (
    <a href={cell.evidence} className={`${LINK} ${CHECK_COLUMNS.has(column) ? 'inline-flex min-h-6 min-w-6 items-center justify-center' : ''}`}>
      {content}
    </a>
  );
}

/** A real table: caption, column and row headers, aria-sort on the sorted column; sticky header row and first column. */
export function CompareTable({ rows, columns, sort, dir, caption, captionId, busy = false, locale, t, onSort }: CompareTableProps) {
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      aria-busy={busy ? 'true' : undefined}
      className="relative max-h-[75vh] max-w-full overflow-auto rounded-lg border border-slate-300 focus-visible:outline-2 focus-visible:outline-brand-600 dark:border-slate-700"
      data-testid="compare-scroll"
    >
      <table className="min-w-full border-separate border-spacing-0 text-left text-sm">
        <caption id={captionId} className="px-3 py-2 text-left font-semibold">
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const sorted = column === sort;
              const label = t.columnLabels[column];
              return (
                <th
                  key={column}
                  scope="col"
                  aria-sort={sorted ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  data-column={column}
                  className={`${STICKY_HEAD} border-b border-slate-300 px-2 py-1 align-bottom font-semibold dark:border-slate-700 ${column === NAME_COLUMN ? 'left-0 z-20' : 'z-10'}`}
                >
                  <button
                    type="button"
                    data-print-text
                    onClick={() => onSort(column)}
                    className="inline-flex min-h-8 items-center gap-1 whitespace-nowrap rounded px-1 text-left hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600 dark:hover:bg-slate-700"
                  >
                    {label}
                    <span aria-hidden="true" className="w-3 text-xs text-slate-600 print:hidden dark:text-slate-300">
                      {sorted ? (dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <CompareTableRow key={row.slug} row={row} columns={columns} locale={locale} t={t} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One row. Memoised: a sort only moves rows, and a new page only adds them,
 * so the rows already on screen are not compared cell by cell again. A
 * column toggle draws every row again, but each row's other cells are
 * memoised too: only the new column's cells are built.
 */
const CompareTableRow = memo(function CompareTableRow({ row, columns, locale, t }: { row: CompareRow; columns: ColumnId[]; locale: Locale; t: CompareDictionary['compare'] }) {
  return (
    <tr data-slug={row.slug}>
      {columns.map((column) => (column === NAME_COLUMN ? <NameCell key={column} row={row} /> : <CompareTableCell key={column} row={row} column={column} locale={locale} t={t} />))}
    </tr>
  );
});

const NameCell = memo(function NameCell({ row }: { row: CompareRow }) {
  return (
    <th scope="row" className={`${STICKY_FIRST} z-[5] min-w-[8rem] max-w-[12rem] border-b border-r border-slate-200 px-3 py-2 align-top font-semibold dark:border-slate-800`}>
      <a href={row.href} className={LINK}>
        {row.cells.name.text}
      </a>
    </th>
  );
});

const CompareTableCell = memo(function CompareTableCell({ row, column, locale, t }: { row: CompareRow; column: ColumnId; locale: Locale; t: CompareDictionary['compare'] }) {
  return (
    <td
      data-column={column}
      className={`border-b border-slate-200 px-3 py-2 align-top dark:border-slate-800 ${CHECK_COLUMNS.has(column) ? 'text-center' : 'min-w-[9rem] max-w-[18rem]'}`}
    >
      {cellContent(row.cells[column], column, row, locale, t)}
    </td>
  );
});
