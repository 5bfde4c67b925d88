import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../content/errors';
import { byReviewedOldestFirst, checkReviewed, STALE_AFTER_DAYS, todayFromEnv } from './reviewed';

const article = (file: string, reviewed: string) => ({ file, slug: file.replace(/^.*\/|\.mdx$/g, ''), reviewed });
const today = new Date('2026-12-02T05:00:00Z');

describe('checkReviewed', () => {
  it('fails a reviewed date in the future, naming the file and the field', () => {
    const { errors, warnings } = checkReviewed([article('content/en/zun.mdx', '2027-01-05')], today);
    expect(warnings).toEqual([]);
    expect(new ContentErrors(errors).message).toMatchInlineSnapshot(`
      "1 content file(s) need fixing:

      Invalid content in content/en/zun.mdx:
        - reviewed: is "2027-01-05", 34 day(s) after today (2026-12-02); write the day the facts were actually checked"
    `);
  });

  it('warns for a date older than 180 days and accepts one exactly 180 days old', () => {
    const { errors, warnings } = checkReviewed(
      [article('content/ko/kuryr.mdx', '2026-06-04'), article('content/en/kuryr.mdx', '2026-06-05'), article('content/en/aks.mdx', '2026-12-02')],
      today,
    );
    expect(errors).toEqual([]);
    expect(warnings).toMatchInlineSnapshot(`
      [
        "content/ko/kuryr.mdx: reviewed: "2026-06-04" is 181 days old (more than 180); check the facts against the sources again and update it",
      ]
    `);
    expect(STALE_AFTER_DAYS).toBe(180);
  });

  it('treats today as reviewed today, whatever the hour', () => {
    expect(checkReviewed([article('content/en/a.mdx', '2026-12-02')], new Date('2026-12-02T23:59:59Z'))).toEqual({ errors: [], warnings: [] });
  });
});

describe('byReviewedOldestFirst', () => {
  it('sorts by date, then by file', () => {
    const sorted = byReviewedOldestFirst([article('content/ko/b.mdx', '2026-11-27'), article('content/en/c.mdx', '2025-01-01'), article('content/en/b.mdx', '2026-11-27')]);
    expect(sorted.map((a) => a.file)).toEqual(['content/en/c.mdx', 'content/en/b.mdx', 'content/ko/b.mdx']);
  });
});

describe('todayFromEnv', () => {
  it('pins today with ATLAS_TODAY and rejects a malformed value', () => {
    expect(todayFromEnv({ ATLAS_TODAY: '2027-03-01' }).toISOString()).toBe('2027-03-01T00:00:00.000Z');
    expect(() => todayFromEnv({ ATLAS_TODAY: '1 March' })).toThrowErrorMatchingInlineSnapshot(`[Error: ATLAS_TODAY must be a date written as YYYY-MM-DD, but found "1 March"]`);
    expect(Math.abs(todayFromEnv({}).getTime() - Date.now())).toBeLessThan(60_000);
  });
});
