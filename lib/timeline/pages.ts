import type { Technology } from '../content/load';
import { CATEGORIES, type Category } from '../content/vocabulary';
import type { Locale } from '../i18n/locales';
import { buildTimeline, groupByYear, type TimelineEntry, type TimelineYear } from './entries';

/**
 * How the timeline is laid out over pages. Every year has its own page
 * (/en/timeline/2017/). The timeline page itself lists every entry under its
 * year while they fit a page; past MAX_ENTRIES_ON_TIMELINE_PAGE it shows the
 * lifespan chart and an index of the years instead, so its HTML stays within
 * the 60 KB gzip budget as the content grows (ten times today's articles make
 * about 2,600 entries, 90 KB gzip on one page).
 */

/** Docker's public debut; the timeline's years start here, earlier history is grouped before it. */
export const FIRST_YEAR = 2013;

/**
 * Today's ~260 entries take about 15 KB gzip of HTML (60–70 bytes each) beside
 * the chart's 14 KB; 400 leave room for the chart to grow with them.
 */
export const MAX_ENTRIES_ON_TIMELINE_PAGE = 400;

export interface Timeline {
  entries: TimelineEntry[];
  years: TimelineYear[];
  /** Categories that have at least one technology, in the vocabulary's order. */
  categories: Category[];
}

/** Built once per list of technologies and language: the timeline page and each year's page (its metadata too) ask for it. */
const built = new WeakMap<Technology[], Map<Locale, Timeline>>();

export function timelineOf(technologies: Technology[], locale: Locale): Timeline {
  const byLocale = built.get(technologies) ?? new Map<Locale, Timeline>();
  built.set(technologies, byLocale);
  let timeline = byLocale.get(locale);
  if (!timeline) {
    const entries = buildTimeline(technologies, locale);
    timeline = {
      entries,
      years: groupByYear(entries, FIRST_YEAR),
      categories: CATEGORIES.filter((c) => technologies.some((tech) => tech.category === c)),
    };
    byLocale.set(locale, timeline);
  }
  return timeline;
}

/** Whether the timeline page lists every entry itself, or leaves them to the year pages. */
export function listsEveryEntry(timeline: Timeline): boolean {
  return timeline.entries.length <= MAX_ENTRIES_ON_TIMELINE_PAGE;
}

/** Entries per category, every category present (0 where none), for the filter's count lines. */
export function countByCategory(entries: TimelineEntry[]): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const entry of entries) counts[entry.category] += 1;
  return counts;
}
