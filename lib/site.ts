import type { Locale } from './i18n/locales';

/**
 * The public origin the site is served from, for canonical links, hreflang,
 * the sitemap and share images. Set SITE_URL at build time when deploying;
 * the default matches `npm start`, so a local build links to itself.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path}`;
}

/** Every route's path, in one place, so links cannot drift from the files that serve them. */
export const routes = {
  home: (locale: Locale) => `/${locale}/`,
  tech: (locale: Locale, slug: string) => `/${locale}/tech/${slug}/`,
  glossary: (locale: Locale) => `/${locale}/glossary/`,
  talk: (locale: Locale) => `/${locale}/talk/`,
  compare: (locale: Locale) => `/${locale}/compare/`,
  timeline: (locale: Locale) => `/${locale}/timeline/`,
  /** One year of the timeline ("2017", or "before-2013" for the earlier history). */
  timelineYear: (locale: Locale, year: string) => `/${locale}/timeline/${year}/`,
  matrix: (locale: Locale) => `/${locale}/matrix/`,
  search: (locale: Locale) => `/${locale}/search/`,
  changes: (locale: Locale) => `/${locale}/changes/`,
  /** The Atom feed of the changes page; a file, so no trailing slash. */
  changesFeed: (locale: Locale) => `/${locale}/changes/feed.xml`,
};
