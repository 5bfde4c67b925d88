import type { Technology } from '../content/load';
import type { Status } from '../content/schema';
import type { Locale } from '../i18n/locales';
import { routes } from '../site';
import { buildTimeline } from '../timeline/entries';
import type { ContentHistory, HistoryState } from './git-history';
import { historyPath } from './history-store';

/**
 * What the "What changed" page and its Atom feed list, built from the
 * frontmatter (status changes, first releases, events) and the content
 * history (commits to each article's file). Every item has an anchor id made
 * only from language-neutral, content-derived parts (slug, kind, date, commit
 * hash), so it is the same in every build and both languages; the feed's
 * entry ids are the page URL plus this anchor.
 */

/** How many frontmatter items the page and feed show: recent ones, newest first. */
export const RECENT_EVENTS = 30;
/** How many commits per article the page lists. */
export const COMMITS_PER_ARTICLE = 5;
/** How many entries the feed carries. */
export const FEED_ENTRIES = 50;

export interface ChangeEvent {
  anchor: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  date: string;
  slug: string;
  title: string;
  href: string;
  kind: 'first-release' | 'status' | 'event';
  label: string;
  state?: Status;
  note?: string;
}

export interface ArticleUpdate {
  anchor: string;
  sha: string;
  /** ISO date-time of the commit. */
  date: string;
  subject: string;
}

export interface ArticleUpdates {
  slug: string;
  title: string;
  href: string;
  /** Newest first, at most COMMITS_PER_ARTICLE. */
  updates: ArticleUpdate[];
}

/** One commit and the articles of this language it changed, for the feed (one entry per commit, not per file). */
export interface ContentUpdate {
  anchor: string;
  sha: string;
  date: string;
  subject: string;
  articles: { slug: string; title: string; href: string }[];
}

export interface Changes {
  events: ChangeEvent[];
  /** Commits that changed articles of this language, newest first. */
  commits: ContentUpdate[];
  /** Articles with updates, the most recently updated first. */
  articles: ArticleUpdates[];
  historyState: HistoryState;
}

/** Anchors from the kind and date, numbered when one article has several items of a kind on one date. */
function anchorFor(seen: Map<string, number>, base: string): string {
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}

/** Has this partial date begun by `today` ("2026" has on 2026-12-02; "2027-03" has not)? Planned dates are not changes yet. */
export function hasHappened(date: string, today: Date): boolean {
  return date <= today.toISOString().slice(0, date.length);
}

export function buildChanges(technologies: Technology[], locale: Locale, history: ContentHistory, today: Date = new Date()): Changes {
  const seen = new Map<string, number>();
  // The timeline lists entries oldest first with a stable order inside a date, so numbering follows the content, not the build.
  const all = buildTimeline(technologies, locale).map(
    (entry): ChangeEvent => ({
      anchor: anchorFor(seen, `change-${entry.slug}-${entry.kind}-${entry.date}`),
      date: entry.date,
      slug: entry.slug,
      title: entry.title,
      href: entry.kind === 'first-release' ? entry.href : `${entry.href}#history-and-status`,
      kind: entry.kind,
      label: entry.label,
      state: entry.state,
      note: entry.note,
    }),
  );
  const events = all
    .filter((event) => hasHappened(event.date, today))
    .sort((a, b) => b.date.localeCompare(a.date) || a.anchor.localeCompare(b.anchor))
    .slice(0, RECENT_EVENTS);

  const articles: ArticleUpdates[] = [];
  for (const tech of technologies) {
    const file = historyPath(tech.file);
    const updates = history.commits
      .filter((commit) => commit.files.includes(file))
      .slice(0, COMMITS_PER_ARTICLE)
      .map((commit) => ({ anchor: `update-${tech.slug}-${commit.sha.slice(0, 12)}`, sha: commit.sha, date: commit.date, subject: commit.subject }));
    if (updates.length) articles.push({ slug: tech.slug, title: tech.title, href: routes.tech(locale, tech.slug), updates });
  }
  articles.sort((a, b) => Date.parse(b.updates[0]!.date) - Date.parse(a.updates[0]!.date) || a.slug.localeCompare(b.slug));

  const byFile = new Map(technologies.map((tech) => [historyPath(tech.file), tech]));
  const commits = history.commits.flatMap((commit): ContentUpdate[] => {
    const touched = commit.files.map((file) => byFile.get(file)).filter((tech) => tech !== undefined);
    if (!touched.length) return [];
    touched.sort((a, b) => a.title.localeCompare(b.title, locale));
    const articles = touched.map((tech) => ({ slug: tech.slug, title: tech.title, href: routes.tech(locale, tech.slug) }));
    return [{ anchor: `commit-${commit.sha.slice(0, 12)}`, sha: commit.sha, date: commit.date, subject: commit.subject, articles }];
  });
  return { events, commits, articles, historyState: history.state };
}

/** A partial date as the instant it starts, in UTC. */
export function partialDateToDate(value: string): Date {
  const [y, m = '01', d = '01'] = value.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}
