import { loadTechnologies } from './content/load';
import { LOCALES, type Locale } from './i18n/locales';
import { routes } from './site';
import { timelineOf } from './timeline/pages';

/** One page of the site, by its path in each language. */
export interface SitePage {
  path: (locale: Locale) => string;
  /** Relative importance for the sitemap. */
  priority: number;
}

/**
 * Every localized page the site builds. The sitemap is made from this list,
 * and the crawl test visits the sitemap, so a new page is covered by adding it here.
 */
export function listPages(): SitePage[] {
  const slugs = loadTechnologies('en').map((tech) => tech.slug);
  // Event dates are language-neutral (LANGUAGE_NEUTRAL_FIELDS), so both languages have the same years.
  const years = timelineOf(loadTechnologies('en'), 'en').years.map((year) => year.id);
  return [
    { path: routes.home, priority: 1 },
    ...slugs.map((slug) => ({ path: (l: Locale) => routes.tech(l, slug), priority: 0.8 })),
    { path: routes.compare, priority: 0.7 },
    { path: routes.timeline, priority: 0.6 },
    ...years.map((year) => ({ path: (l: Locale) => routes.timelineYear(l, year), priority: 0.4 })),
    { path: routes.glossary, priority: 0.6 },
    { path: routes.talk, priority: 0.5 },
    { path: routes.search, priority: 0.3 },
    { path: routes.matrix, priority: 0.7 },
    { path: routes.changes, priority: 0.4 },
  ];
}

export function allLocalizedPaths(): string[] {
  return listPages().flatMap((page) => LOCALES.map((locale) => page.path(locale)));
}
