'use client';

/**
 * Runs `task` once the browser has painted the next frame. Writing the
 * address bar (history.pushState) costs a phone about as much as redrawing
 * a table; done after the paint, the reader sees the answer to a click or a
 * keystroke first. Tasks run in the order they were queued.
 */
export function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}
