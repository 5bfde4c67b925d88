import { getCompareDictionary } from '@/lib/i18n/compare-dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { routes } from '@/lib/site';
import type { TimelineYear } from '@/lib/timeline/entries';
import { countText, serializeCategoryCounts } from '@/lib/timeline/filter-state';
import { countByCategory } from '@/lib/timeline/pages';
import { yearLabel } from './timeline-year-list';

/**
 * The timeline's years as links to their own pages, each with its number of
 * events. With a category chosen, the filter island
 * (components/islands/timeline-filter.ts) shows that category's counts from
 * data-category-counts, hides the years without any, and carries the choice
 * into the links. On a year's page the link to it is marked as the current page.
 */
export function TimelineYearIndex({ years, locale, heading, intro, current }: { years: TimelineYear[]; locale: Locale; heading: string; intro?: string; current?: string }) {
  const t = getCompareDictionary(locale).timeline;
  return (
    <nav aria-labelledby="timeline-years" className="mt-8 max-w-3xl" data-year-index data-count-one={t.yearCount.one} data-count-other={t.yearCount.other}>
      <h2 id="timeline-years" className={current ? 'text-lg font-semibold' : 'text-2xl font-bold'}>
        {heading}
      </h2>
      {intro ? <p className="mt-2 text-slate-700 dark:text-slate-300">{intro}</p> : null}
      <ol className="mt-3 flex flex-wrap gap-2">
        {years.map((year) => (
          <li key={year.id} data-year-link={year.id} data-category-counts={serializeCategoryCounts(countByCategory(year.entries))}>
            <a
              href={routes.timelineYear(locale, year.id)}
              aria-current={year.id === current ? 'page' : undefined}
              className="inline-flex min-h-11 flex-col justify-center rounded-md border border-slate-300 px-3 py-1 text-brand-700 underline-offset-2 hover:underline aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 dark:border-slate-600 dark:text-brand-300 dark:aria-[current=page]:border-brand-300 dark:aria-[current=page]:bg-slate-800"
            >
              <span className="font-semibold">{yearLabel(year.id, locale)}</span>{' '}
              {/* The space keeps the link's name "2020 30 events", not "202030 events"; the flex column does not draw it. */}
              <span className="text-sm text-slate-700 dark:text-slate-300" data-year-count>
                {countText(t.yearCount, year.entries.length)}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
