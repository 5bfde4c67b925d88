import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TimelineFilter } from '@/components/timeline/timeline-filter';
import { TimelineYearIndex } from '@/components/timeline/timeline-year-index';
import { TimelineYearList, yearLabel } from '@/components/timeline/timeline-year-list';
import { loadTechnologies } from '@/lib/content/load';
import { getCompareDictionary } from '@/lib/i18n/compare-dictionary';
import { getDictionary } from '@/lib/i18n/dictionary';
import { type Locale } from '@/lib/i18n/locales';
import { localeFrom } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/site';
import { countByCategory, timelineOf } from '@/lib/timeline/pages';

type Props = { params: Promise<{ lang: string; year: string }> };

export const dynamicParams = false;

/** Every year of the timeline has a page, whatever the size of the content (a static export needs at least one page per route anyway). */
export async function generateStaticParams({ params }: { params: { lang: string } }) {
  const lang = await localeFrom(Promise.resolve(params));
  return timelineOf(loadTechnologies(lang), lang).years.map((year) => ({ year: year.id }));
}

function yearOf(lang: Locale, id: string) {
  const timeline = timelineOf(loadTechnologies(lang), lang);
  const year = timeline.years.find((y) => y.id === id);
  if (!year) notFound();
  return { timeline, year };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await localeFrom(params);
  const { year: id } = await params;
  const { year } = yearOf(lang, id);
  const t = getCompareDictionary(lang).timeline;
  const label = yearLabel(id, lang);
  return pageMetadata({ locale: lang, path: (l) => routes.timelineYear(l, id), title: t.yearTitle(label), description: t.yearDescription(label, year.entries.length) });
}

/** One year of the timeline: its entries, the category filter, and links to the other years and to the lifespan chart. */
export default async function TimelineYearPage({ params }: Props) {
  const lang = await localeFrom(params);
  const { year: id } = await params;
  const { timeline, year } = yearOf(lang, id);
  const t = getCompareDictionary(lang).timeline;
  return (
    <>
      <div className="max-w-3xl">
        <p className="text-sm">
          <a href={routes.timeline(lang)} className="text-brand-700 underline underline-offset-2 dark:text-brand-300">
            {t.allYears}
          </a>
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{t.yearTitle(yearLabel(id, lang))}</h1>
      </div>
      <TimelineFilter locale={lang} categories={timeline.categories} labels={getDictionary(lang).categories} counts={countByCategory(year.entries)} />
      <TimelineYearIndex years={timeline.years} locale={lang} heading={t.yearsNav} current={id} />
      <TimelineYearList years={[year]} locale={lang} />
    </>
  );
}
