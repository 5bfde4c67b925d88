import type { Category } from '@/lib/content/schema';
import { formatPartialDate } from '@/lib/i18n/format';
import { getLifespanDictionary } from '@/lib/i18n/lifespan-dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { HeadingAnchor } from '@/components/ui/heading-anchor';
import { type Lane, yearSpan } from '@/lib/timeline/lanes';
import { chartScale, LifespanChart, LifespanLegend } from './lifespan-chart';

/**
 * The timeline page's chart: one SVG per category, on one x scale, inside one
 * box that scrolls sideways on a phone (the page itself never does). The
 * category filter (components/islands/timeline-filter.ts) hides whole groups.
 */
export function LifespanSection({ groups, labels, locale, asOf }: { groups: { category: Category; lanes: Lane[] }[]; labels: Record<Category, string>; locale: Locale; asOf: string }) {
  const t = getLifespanDictionary(locale);
  const lanes = groups.flatMap((group) => group.lanes);
  const scale = chartScale(lanes, yearSpan(lanes, asOf), 40);
  const titles = new Map(lanes.map((lane) => [lane.slug, lane.title]));
  return (
    // A plain block, not a landmark: the scrolling box inside is the one region, named like the heading.
    <div className="lifespan mt-8">
      <h2 id="lifespans" className="group text-2xl font-bold">
        {t.heading}
        <HeadingAnchor id="lifespans" locale={locale} />
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{t.intro(formatPartialDate(asOf, locale))}</p>
      <LifespanLegend locale={locale} id="lifespan-key" />
      <p className="mt-1 text-sm text-slate-600 sm:hidden dark:text-slate-400">{t.scrollHint}</p>
      <div className="lifespan-scroll mt-3 overflow-x-auto rounded-lg border border-slate-200 p-3 dark:border-slate-700" tabIndex={0} role="region" aria-label={t.heading}>
        {groups.map((group) => (
          <div key={group.category} data-lane-group={group.category} className="mb-2 w-max">
            <h3 className="sticky left-0 w-fit text-sm font-semibold text-slate-700 dark:text-slate-300">{labels[group.category]}</h3>
            <LifespanChart lanes={group.lanes} scale={scale} locale={locale} asOf={asOf} titles={titles} id={`lifespan-${group.category}`} label={t.chart(labels[group.category])} />
          </div>
        ))}
      </div>
    </div>
  );
}
