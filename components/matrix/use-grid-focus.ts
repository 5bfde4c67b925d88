'use client';

import { type KeyboardEvent, useState } from 'react';

/**
 * Roving focus for a data grid (WAI-ARIA grid pattern): the grid is one stop
 * in the tab order, and the arrow keys, Home and End move between cells.
 * Each focusable cell carries data-cell="<row key>:<column>". Rows are named
 * by key (the technology's slug), not position, so re-ranking the rows changes
 * no cell's props and the memoised cells are not drawn again.
 */
export function useGridFocus(rowKeys: string[], columns: number) {
  const [active, setActive] = useState<{ row: string | undefined; column: number }>({ row: undefined, column: 0 });
  // Rows come and go as the reader changes the view; a row that left hands the tab stop to the first row.
  const current = { row: active.row !== undefined && rowKeys.includes(active.row) ? active.row : rowKeys[0], column: Math.min(active.column, Math.max(columns - 1, 0)) };

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const cell = (event.target as HTMLElement).dataset.cell;
    if (!cell) return;
    const split = cell.lastIndexOf(':');
    const row = rowKeys.indexOf(cell.slice(0, split));
    const column = Number(cell.slice(split + 1));
    const last = rowKeys.length - 1;
    const moves: Record<string, [number, number]> = {
      ArrowRight: [row, column + 1],
      ArrowLeft: [row, column - 1],
      ArrowDown: [row + 1, column],
      ArrowUp: [row - 1, column],
      Home: [event.ctrlKey ? 0 : row, 0],
      End: [event.ctrlKey ? last : row, columns - 1],
    };
    const next = moves[event.key];
    if (!next || row < 0) return;
    event.preventDefault();
    const key = rowKeys[Math.max(0, Math.min(last, next[0]))]!;
    const c = Math.max(0, Math.min(columns - 1, next[1]));
    const element = event.currentTarget.querySelector<HTMLElement>(`[data-cell="${CSS.escape(`${key}:${c}`)}"]`);
    if (element) {
      setActive({ row: key, column: c });
      element.focus();
    }
  }

  return {
    onKeyDown,
    /** A cell took focus (by pointer, or Tab into the grid): it holds the tab stop from now on. */
    focusCell: (cell: string) => {
      const split = cell.lastIndexOf(':');
      const row = cell.slice(0, split);
      const column = Number(cell.slice(split + 1));
      setActive((previous) => (previous.row === row && previous.column === column ? previous : { row, column }));
    },
    cellProps: (row: string, column: number) => ({
      tabIndex: row === current.row && column === current.column ? 0 : -1,
      cell: `${row}:${column}`,
    }),
  };
}
