import type { Status } from '@/lib/content/schema';

const STYLES: Record<Exclude<Status, 'active'>, string> = {
  maintenance: 'bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800',
  deprecated: 'bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800',
  retired: 'bg-rose-100 text-rose-900 ring-rose-300 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-800',
};
const SYMBOLS: Record<Exclude<Status, 'active'>, string> = { maintenance: '◐', deprecated: '▲', retired: '✕' };

/**
 * Marks a technology that is not simply active, with a symbol and a word as
 * well as a colour. The labels come from the page, so the client bundle
 * carries no dictionary for them.
 */
export function StatusMark({ status, label }: { status: Status; label: string }) {
  if (status === 'active') return null;
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${STYLES[status]}`} data-status={status}>
      <span aria-hidden="true">{SYMBOLS[status]}</span>
      {label}
    </span>
  );
}
