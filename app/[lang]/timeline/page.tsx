import type { Metadata } from 'next';
import { TimelineEntryItem } from '@/components/timeline/timeline-entry';
import { LifespanSection } from '@/components/timeline/lifespan-section';
import { TimelineFilter } from '@/components/timeline/timeline-filter';
import { loadTechnologies } from '@/lib/content/load';
import { CATEGORIES, type Category } from '@/lib/content/schema';
import { getCompareDictionary } from '@/lib/i18n/compare-dictionary';
import { getDictionary } from '@/lib/i18n/dictionary';
import { localeFrom } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/site';
import { buildTimeline, groupByYear } from '@/lib/timeline/entries';
import { chartEnd, groupLanes } from '@/lib/timeline/lanes';

type Props = { params: Promise<{ lang: string }> };

/** Docker's public debut; the timeline's years start here, earlier history is grouped before it. */
const FIRST_YEAR = 2013;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await localeFrom(params);
  const t = getCompareDictionary(lang).timeline;
  return pageMetadata({ locale: lang, path: routes.timeline, title: t.title, description: t.description });
}

export default async function TimelinePage({ params }: Props) {
  const lang = await localeFrom(params);
  const t = getCompareDictionary(lang).timeline;
  const categoryLabels = getDictionary(lang).categories;
  const technologies = loadTechnologies(lang);
  const entries = buildTimeline(technologies, lang);
  const years = groupByYear(entries, FIRST_YEAR);
  const categories = CATEGORIES.filter((c) => technologies.some((tech) => tech.category === c));
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, entries.filter((entry) => entry.category === c).length])) as Record<Category, number>;
  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.title}</h1>
        <p className="mt-3 text-slate-700 dark:text-slate-300">{t.intro}</p>
      </div>
      <TimelineFilter locale={lang} categories={categories} labels={categoryLabels} counts={counts} />
      <LifespanSection groups={groupLanes(technologies, categories, chartEnd(technologies))} labels={categoryLabels} locale={lang} asOf={chartEnd(technologies)} />
      <ol className="mt-8 max-w-3xl space-y-8" id="timeline">
        {years.map((year) => (
          <li key={year.id} data-timeline-year={year.id}>
            <h2 id={`year-${year.id}`} className="mb-3 text-2xl font-bold">
              {year.id.startsWith('before-') ? t.before(FIRST_YEAR) : t.yearHeading(year.id)}
            </h2>
            <ol className="ml-2 border-l-2 border-slate-300 dark:border-slate-700">
              {year.entries.map((entry) => (
                <TimelineEntryItem key={entry.key} entry={entry} locale={lang} />
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </>
  );
}
