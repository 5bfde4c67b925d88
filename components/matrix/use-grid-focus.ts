'use client';

import { type KeyboardEvent, useState } from 'react';

/**
 * Roving focus for a data grid (WAI-ARIA grid pattern): the grid is one stop
 * in the tab order, and the arrow keys, Home and End move between cells.
 * Each focusable cell carries data-cell="row:column".
 */
export function useGridFocus(rows: number, columns: number) {
  const [active, setActive] = useState({ row: 0, column: 0 });
  // Rows come and go as the reader changes the view; keep the active cell inside the grid.
  const current = { row: Math.min(active.row, Math.max(rows - 1, 0)), column: Math.min(active.column, Math.max(columns - 1, 0)) };

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const target = event.target as HTMLElement;
    const cell = target.dataset.cell;
    if (!cell) return;
    const [row, column] = cell.split(':').map(Number) as [number, number];
    const moves: Record<string, [number, number]> = {
      ArrowRight: [row, column + 1],
      ArrowLeft: [row, column - 1],
      ArrowDown: [row + 1, column],
      ArrowUp: [row - 1, column],
      Home: [event.ctrlKey ? 0 : row, 0],
      End: [event.ctrlKey ? rows - 1 : row, columns - 1],
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    const [r, c] = [Math.max(0, Math.min(rows - 1, next[0])), Math.max(0, Math.min(columns - 1, next[1]))];
    const element = event.currentTarget.querySelector<HTMLElement>(`[data-cell="${r}:${c}"]`);
    if (element) {
      setActive({ row: r, column: c });
      element.focus();
    }
  }

  return {
    onKeyDown,
    cellProps: (row: number, column: number) => ({
      tabIndex: row === current.row && column === current.column ? 0 : -1,
      cell: `${row}:${column}`,
      onFocus: () => setActive({ row, column }),
    }),
  };
}
