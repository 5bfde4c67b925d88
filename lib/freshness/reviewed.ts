import { ContentError } from '../content/errors';

/**
 * Rules for `reviewed`, the day an article's facts were last checked against
 * its sources. A date in the future is a mistake (usually a typo in the year)
 * and fails the build; a date older than STALE_AFTER_DAYS is a reminder to
 * check the facts again and only warns, because an old check is still true.
 */

export const STALE_AFTER_DAYS = 180;

export interface ReviewedArticle {
  file: string;
  slug: string;
  reviewed: string;
}

export interface ReviewedCheck {
  /** Future dates: the build fails on these. */
  errors: ContentError[];
  /** Dates older than STALE_AFTER_DAYS, one line each, naming the file and the field. */
  warnings: string[];
}

const DAY_MS = 86_400_000;

/** "YYYY-MM-DD" of `date` in UTC, the calendar the frontmatter dates are written in. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Checks every article's `reviewed` date against `today` (injectable, so tests do not depend on the clock). */
export function checkReviewed(articles: readonly ReviewedArticle[], today: Date = new Date()): ReviewedCheck {
  const day = isoDay(today);
  const errors: ContentError[] = [];
  const warnings: string[] = [];
  for (const article of articles) {
    const age = daysBetween(article.reviewed, day);
    if (age < 0) {
      errors.push(
        new ContentError(article.file, [
          { field: 'reviewed', message: `is "${article.reviewed}", ${-age} day(s) after today (${day}); write the day the facts were actually checked` },
        ]),
      );
    } else if (age > STALE_AFTER_DAYS) {
      warnings.push(`${article.file}: reviewed: "${article.reviewed}" is ${age} days old (more than ${STALE_AFTER_DAYS}); check the facts against the sources again and update it`);
    }
  }
  return { errors, warnings };
}

/** Articles ordered by `reviewed`, oldest first (ties by file), for the content report. */
export function byReviewedOldestFirst<T extends ReviewedArticle>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => a.reviewed.localeCompare(b.reviewed) || a.file.localeCompare(b.file));
}

/**
 * "Today" for the content check: ATLAS_TODAY=YYYY-MM-DD pins it (to reproduce a
 * build of another day), otherwise the clock.
 */
export function todayFromEnv(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.ATLAS_TODAY;
  if (!pinned) return new Date();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || Number.isNaN(Date.parse(`${pinned}T00:00:00Z`))) {
    throw new Error(`ATLAS_TODAY must be a date written as YYYY-MM-DD, but found "${pinned}"`);
  }
  return new Date(`${pinned}T00:00:00Z`);
}
