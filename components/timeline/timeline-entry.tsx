import { getCompareDictionary } from '@/lib/i18n/compare-dictionary';
import { formatPartialDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { TimelineEntry } from '@/lib/timeline/entries';

/** The dot on the line is drawn with a pseudo-element: the timeline has ~150 entries, and every extra node slows screen readers' and checkers' passes. */
const MARKERS: Record<TimelineEntry['kind'], string> = {
  'first-release': 'before:border-brand-600 before:bg-brand-600 dark:before:border-brand-300 dark:before:bg-brand-300',
  status: 'before:border-slate-700 before:bg-white dark:before:border-slate-200 dark:before:bg-slate-950',
  event: 'before:border-slate-400 before:bg-slate-300 dark:before:border-slate-500 dark:before:bg-slate-600',
};

/** One dated entry; a retirement names its successor in a box that stands out. */
export function TimelineEntryItem({ entry, locale }: { entry: TimelineEntry; locale: Locale }) {
  const t = getCompareDictionary(locale).timeline;
  const ended = entry.state === 'retired' || entry.state === 'deprecated';
  return (
    <li
      data-timeline-entry
      data-category={entry.category}
      data-kind={entry.kind}
      data-slug={entry.slug}
      className={`relative pb-5 pl-6 text-slate-800 [overflow-wrap:anywhere] dark:text-slate-200 before:absolute before:-left-[7px] before:top-1.5 before:h-3 before:w-3 before:rounded-full before:border-2 before:content-[''] ${MARKERS[entry.kind]}`}
    >
      <time dateTime={entry.date} className="block text-sm text-slate-600 dark:text-slate-400">
        {formatPartialDate(entry.date, locale)}
      </time>
      <a href={entry.href} className="font-semibold text-brand-700 underline decoration-1 underline-offset-2 dark:text-brand-300">
        {entry.title}
      </a>
      {': '}
      {entry.kind === 'status' ? <strong>{entry.label}.</strong> : entry.label} {entry.note}
      {ended && entry.successors.length ? (
        <p className="mt-2 w-fit rounded-md border-l-4 border-emerald-600 bg-emerald-50 px-3 py-1.5 text-emerald-950 dark:border-emerald-400 dark:bg-emerald-950/60 dark:text-emerald-100">
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
