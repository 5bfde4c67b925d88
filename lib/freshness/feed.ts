import { Feed } from 'feed';
import type { Locale } from '../i18n/locales';
import { getFreshnessDictionary } from '../i18n/freshness-dictionary';
import { formatPartialDate } from '../i18n/format';
// `feed` writes titles and summaries as type="html"; entities (parse5's own escaper) makes our plain text safe there.
import { escapeUTF8 as escapeHtml } from 'entities';
import { FEED_ENTRIES, type Changes, partialDateToDate } from './changes';

/**
 * The Atom feed of one language's "What changed" page, written with the
 * `feed` library (it escapes text and gets Atom's required elements right).
 *
 * - Links are absolute: `origin` is SITE_URL, the same origin the sitemap and
 *   canonical links use.
 * - Entry ids are the page's URL plus an anchor made from content only (slug,
 *   kind and date for frontmatter items, the commit hash for updates; see
 *   lib/freshness/changes.ts), so they are stable between builds.
 * - `updated` is the newest entry's date, never the build time, so an unchanged
 *   site builds a byte-identical feed.
 * - The library marks entry titles and summaries type="html", so our plain text
 *   (labels, commit subjects) is HTML-escaped first: "<first>" stays visible text.
 */
/** At most three names, then "and N more". */
function listTitles(titles: string[], andMore: (n: number) => string): string {
  return titles.length <= 3 ? titles.join(', ') : `${titles.slice(0, 3).join(', ')} ${andMore(titles.length - 3)}`;
}

export function buildAtomFeed(changes: Changes, locale: Locale, origin: string, paths: { page: string; feed: string }): string {
  const t = getFreshnessDictionary(locale);
  const pageUrl = `${origin}${paths.page}`;
  const items = [
    ...changes.events.map((event) => ({
      id: `${pageUrl}#${event.anchor}`,
      title: `${event.title}: ${event.label}`,
      link: `${origin}${event.href}`,
      date: partialDateToDate(event.date),
      description: [formatPartialDate(event.date, locale), event.note].filter(Boolean).join(' · '),
    })),
    // One entry per commit, naming the articles it changed: a change to many articles is one piece of news.
    ...changes.commits.map((commit) => ({
      id: `${pageUrl}#${commit.anchor}`,
      title: `${t.changes.updated}: ${listTitles(commit.articles.map((a) => a.title), t.changes.andMore)}`,
      link: commit.articles.length === 1 ? `${origin}${commit.articles[0]!.href}` : `${pageUrl}#updates`,
      date: new Date(commit.date),
      description: commit.subject,
    })),
  ]
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id))
    .slice(0, FEED_ENTRIES);
  const feed = new Feed({
    id: pageUrl,
    title: t.changes.feedTitle,
    description: t.changes.description,
    link: pageUrl,
    language: locale,
    updated: items[0]?.date ?? new Date(0),
    feedLinks: { atom: `${origin}${paths.feed}` },
    copyright: 'Container Atlas',
    generator: false,
  });
  for (const item of items) feed.addItem({ ...item, title: escapeHtml(item.title), description: escapeHtml(item.description) });
  return feed.atom1();
}
