import { LifespanChart, LifespanLegend, chartScale } from '@/components/timeline/lifespan-chart';
import type { Technology } from '@/lib/content/load';
import { getLifespanDictionary } from '@/lib/i18n/lifespan-dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { HeadingAnchor } from '@/components/ui/heading-anchor';
import { buildLane, chartEnd, yearSpan } from '@/lib/timeline/lanes';

/**
 * An article's own lane, and those of what replaced it, on the same years as
 * the timeline page's chart, so the two read alike.
 */
export function LifespanLane({ tech, all, locale }: { tech: Technology; all: Technology[]; locale: Locale }) {
  const t = getLifespanDictionary(locale);
  const asOf = chartEnd(all);
  const bySlug = new Map(all.map((item) => [item.slug, item]));
  const shown = [tech, ...tech.successors.map((slug) => bySlug.get(slug)).filter((item) => item !== undefined)];
  const lanes = shown.map((item) => buildLane(item, asOf));
  const span = yearSpan(all.map((item) => buildLane(item, asOf)), asOf);
  const scale = chartScale(lanes, span, 24);
  return (
    // A plain block, not a landmark: the scrolling box inside is the one region, named like the heading.
    <div className="lifespan mt-5" data-article-lifespan>
      <h2 id="lifespan" className="group text-sm font-semibold text-slate-700 dark:text-slate-300">
        {t.articleHeading}
        <HeadingAnchor id="lifespan" locale={locale} />
      </h2>
      <div className="lifespan-scroll mt-1 overflow-x-auto" tabIndex={0} role="region" aria-label={t.articleHeading}>
        <LifespanChart lanes={lanes} scale={scale} locale={locale} asOf={asOf} titles={new Map(all.map((item) => [item.slug, item.title]))} id="lifespan-article" label={t.articleHeading} />
      </div>
      <LifespanLegend locale={locale} id="lifespan-article-key" />
    </div>
  );
}
