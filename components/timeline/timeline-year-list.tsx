import { getCompareDictionary } from '@/lib/i18n/compare-dictionary';
import type { Locale } from '@/lib/i18n/locales';
import type { TimelineYear } from '@/lib/timeline/entries';
import { FIRST_YEAR } from '@/lib/timeline/pages';
import { TimelineEntryItem } from './timeline-entry';

/** A year's label: "2017", "2017년", or "Before 2013" for the earlier history. */
export function yearLabel(id: string, locale: Locale): string {
  const t = getCompareDictionary(locale).timeline;
  return id.startsWith('before-') ? t.before(FIRST_YEAR) : t.yearHeading(id);
}

/** The entries, year by year, each year under its heading: the whole timeline, or one year on its own page. */
export function TimelineYearList({ years, locale }: { years: TimelineYear[]; locale: Locale }) {
  return (
    <ol className="mt-8 max-w-3xl space-y-8" id="timeline">
      {years.map((year) => (
        <li key={year.id} data-timeline-year={year.id}>
          <h2 id={`year-${year.id}`} className="mb-3 text-2xl font-bold">
            {yearLabel(year.id, locale)}
          </h2>
          <ol className="ml-2 border-l-2 border-slate-300 dark:border-slate-700">
            {year.entries.map((entry) => (
              <TimelineEntryItem key={entry.key} entry={entry} locale={locale} />
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
