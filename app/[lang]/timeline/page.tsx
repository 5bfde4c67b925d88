import type { Metadata } from 'next';
import { LifespanSection } from '@/components/timeline/lifespan-section';
import { TimelineFilter } from '@/components/timeline/timeline-filter';
import { TimelineYearIndex } from '@/components/timeline/timeline-year-index';
import { TimelineYearList } from '@/components/timeline/timeline-year-list';
import { loadTechnologies } from '@/lib/content/load';
import { getCompareDictionary } from '@/lib/i18n/compare-dictionary';
import { getDictionary } from '@/lib/i18n/dictionary';
import { localeFrom } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/site';
import { chartEnd, groupLanes } from '@/lib/timeline/lanes';
import { countByCategory, listsEveryEntry, timelineOf } from '@/lib/timeline/pages';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await localeFrom(params);
  const t = getCompareDictionary(lang).timeline;
  return pageMetadata({ locale: lang, path: routes.timeline, title: t.title, description: t.description });
}

/** The lifespan chart and every entry by year; with too many entries for one page, an index of the year pages instead of the entries. */
export default async function TimelinePage({ params }: Props) {
  const lang = await localeFrom(params);
  const t = getCompareDictionary(lang).timeline;
  const categoryLabels = getDictionary(lang).categories;
  const technologies = loadTechnologies(lang);
  const timeline = timelineOf(technologies, lang);
  const { entries, years, categories } = timeline;
  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.title}</h1>
        <p className="mt-3 text-slate-700 dark:text-slate-300">{t.intro}</p>
      </div>
      <TimelineFilter locale={lang} categories={categories} labels={categoryLabels} counts={countByCategory(entries)} />
      <LifespanSection groups={groupLanes(technologies, categories, chartEnd(technologies))} labels={categoryLabels} locale={lang} asOf={chartEnd(technologies)} />
      {listsEveryEntry(timeline) ? (
        <TimelineYearList years={years} locale={lang} />
      ) : (
        <TimelineYearIndex years={years} locale={lang} heading={t.yearsHeading} intro={t.yearsIntro(entries.length)} />
      )}
    </>
  );
}
