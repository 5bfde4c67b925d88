import type { Status } from '@/lib/content/schema';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';

const STYLES: Record<Status, string> = {
  active: 'bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800',
  maintenance: 'bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800',
  deprecated: 'bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800',
  retired: 'bg-rose-100 text-rose-900 ring-rose-300 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-800',
};

/** The symbol repeats the meaning of the colour, so status never depends on colour alone. */
const SYMBOLS: Record<Status, string> = { active: '●', maintenance: '◐', deprecated: '▲', retired: '✕' };

export function StatusBadge({ status, locale }: { status: Status; locale: Locale }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${STYLES[status]}`}
      data-status={status}
    >
      <span aria-hidden="true">{SYMBOLS[status]}</span>
      {getDictionary(locale).statuses[status]}
    </span>
  );
}
