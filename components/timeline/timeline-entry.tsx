import { StatusBadge } from '@/components/ui/status-badge';
import type { Category } from '@/lib/content/schema';
import { getCompareDictionary } from '@/lib/i18n/compare-dictionary';
import { formatPartialDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { TimelineEntry } from '@/lib/timeline/entries';

const MARKERS: Record<TimelineEntry['kind'], string> = {
  'first-release': 'border-brand-600 bg-brand-600 dark:border-brand-300 dark:bg-brand-300',
  status: 'border-slate-700 bg-white dark:border-slate-200 dark:bg-slate-950',
  event: 'border-slate-400 bg-slate-300 dark:border-slate-500 dark:bg-slate-600',
};

/** One dated entry; a retirement names its successor in a box that stands out. */
export function TimelineEntryItem({ entry, locale, categoryLabel }: { entry: TimelineEntry; locale: Locale; categoryLabel: Record<Category, string> }) {
  const t = getCompareDictionary(locale).timeline;
  const ended = entry.state === 'retired' || entry.state === 'deprecated';
  return (
    <li data-timeline-entry data-category={entry.category} data-kind={entry.kind} data-slug={entry.slug} className="relative pb-5 pl-6">
      <span aria-hidden="true" className={`absolute -left-[7px] top-1.5 h-3 w-3 rounded-full border-2 ${MARKERS[entry.kind]}`} />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        <time dateTime={entry.date}>{formatPartialDate(entry.date, locale)}</time> · {categoryLabel[entry.category]}
      </p>
      <p className="mt-0.5">
        <a href={entry.href} className="font-semibold text-brand-700 underline decoration-1 underline-offset-2 dark:text-brand-300">
          {entry.title}
        </a>
        {entry.state ? (
          <>
            {' '}
            <StatusBadge status={entry.state} locale={locale} />
          </>
        ) : null}
      </p>
      <p className="mt-0.5 text-slate-800 dark:text-slate-200">
        {entry.kind === 'status' ? <strong>{entry.label}.</strong> : entry.label} {entry.note}
      </p>
      {ended && entry.successors.length ? (
        <p className="mt-2 inline-block rounded-md border-l-4 border-emerald-600 bg-emerald-50 px-3 py-1.5 text-emerald-950 dark:border-emerald-400 dark:bg-emerald-950/60 dark:text-emerald-100">
          {t.replacedBy}:{' '}
          {entry.successors.map((successor, i) => (
            <span key={successor.slug}>
              {i > 0 ? ', ' : null}
              <a href={successor.href} className="font-bold underline">
                {successor.title}
              </a>
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
}
