import type { Technology } from '../content/load';
import type { Category, Status } from '../content/schema';
import { getCompareDictionary } from '../i18n/compare-dictionary';
import type { Locale } from '../i18n/locales';
import { routes } from '../site';

/**
 * The lifecycle timeline, built from each article's frontmatter: its first
 * release, its current status (since when) and its other dated events.
 */

export interface TimelineEntry {
  /** Unique within the timeline, for React keys and test hooks. */
  key: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the article gives it. */
  date: string;
  year: number;
  slug: string;
  title: string;
  href: string;
  category: Category;
  kind: 'first-release' | 'status' | 'event';
  label: string;
  /** For status entries: the state entered, and the article's note on it. */
  state?: Status;
  note?: string;
  /** For retired or deprecated status entries: what replaced the technology. */
  successors: { slug: string; title: string; href: string }[];
}

export function buildTimeline(technologies: Technology[], locale: Locale): TimelineEntry[] {
  const t = getCompareDictionary(locale).timeline;
  const titles = new Map(technologies.map((tech) => [tech.slug, tech.title]));
  const entries: TimelineEntry[] = [];
  for (const tech of technologies) {
    const base = { slug: tech.slug, title: tech.title, href: routes.tech(locale, tech.slug), category: tech.category, successors: [] };
    const at = (date: string) => ({ date, year: Number(date.slice(0, 4)) });
    entries.push({ ...base, ...at(tech.firstRelease), key: `${tech.slug}:first-release`, kind: 'first-release', label: t.firstRelease });
    const { state, since, note } = tech.status;
    const ended = state === 'retired' || state === 'deprecated';
    entries.push({
      ...base,
      ...at(since),
      key: `${tech.slug}:status`,
      kind: 'status',
      label: t.statusChange[state],
      state,
      note,
      successors: ended ? tech.successors.map((slug) => ({ slug, title: titles.get(slug) ?? slug, href: routes.tech(locale, slug) })) : [],
    });
    tech.events.forEach((event, i) => {
      entries.push({ ...base, ...at(event.date), key: `${tech.slug}:event-${i}`, kind: 'event', label: event.label });
    });
  }
  // Partial dates sort as text ("2017" < "2017-12" < "2017-12-05"), so a bare year comes first in its year.
  const titleOrder = new Intl.Collator(locale);
  return entries.sort((a, b) => a.date.localeCompare(b.date) || titleOrder.compare(a.title, b.title) || a.key.localeCompare(b.key));
}

export interface TimelineYear {
  /** "2014", or "before-2013" for the group of earlier entries. */
  id: string;
  entries: TimelineEntry[];
}

/** Groups entries by year from `firstYear` on; anything earlier (LXC's 2008 debut) goes into one "before" group first. */
export function groupByYear(entries: TimelineEntry[], firstYear: number): TimelineYear[] {
  const groups = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    const id = entry.year < firstYear ? `before-${firstYear}` : String(entry.year);
    const group = groups.get(id);
    if (group) group.push(entry);
    else groups.set(id, [entry]);
  }
  return [...groups].map(([id, items]) => ({ id, entries: items }));
}
