import { describe, expect, it } from 'vitest';
import type { Technology } from '../content/load';
import { loadTechnologies } from '../content/load';
import { countText, parseCategoryCounts, serializeCategoryCounts } from './filter-state';
import { countByCategory, FIRST_YEAR, listsEveryEntry, MAX_ENTRIES_ON_TIMELINE_PAGE, timelineOf } from './pages';

/** The articles copied `factor` times under new slugs, as scripts/generate-kb.ts does for the 10× benchmarks. */
function multiplied(technologies: Technology[], factor: number): Technology[] {
  return Array.from({ length: factor }, (_, i) =>
    technologies.map((tech) => (i === 0 ? tech : { ...tech, slug: `${tech.slug}-copy-${i + 1}`, title: `${tech.title} (copy ${i + 1})` })),
  ).flat();
}

describe('the timeline over pages', () => {
  const en = loadTechnologies('en');

  it('lists every entry on the timeline page at today’s size', () => {
    const timeline = timelineOf(en, 'en');
    expect(timeline.entries.length).toBeGreaterThan(0);
    expect(listsEveryEntry(timeline)).toBe(true);
  });

  it('leaves the entries to the year pages at ten times the content, every entry in exactly one year', () => {
    const timeline = timelineOf(multiplied(en, 10), 'en');
    expect(timeline.entries.length).toBeGreaterThan(MAX_ENTRIES_ON_TIMELINE_PAGE);
    expect(listsEveryEntry(timeline)).toBe(false);
    expect(timeline.years.flatMap((y) => y.entries)).toHaveLength(timeline.entries.length);
    expect(timeline.years[0]!.id).toBe(`before-${FIRST_YEAR}`);
    // The busiest year still fits a page comfortably (today's whole timeline is about 260 entries).
    expect(Math.max(...timeline.years.map((y) => y.entries.length))).toBeLessThan(MAX_ENTRIES_ON_TIMELINE_PAGE * 1.5);
  });

  it('has the same years in both languages, so the year pages pair up', () => {
    const ids = (locale: 'en' | 'ko') => timelineOf(loadTechnologies(locale), locale).years.map((y) => y.id);
    expect(ids('ko')).toEqual(ids('en'));
  });

  it('counts entries per category, every category present', () => {
    const timeline = timelineOf(en, 'en');
    const counts = countByCategory(timeline.entries);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(timeline.entries.length);
    expect(counts['azure-service']).toBe(timeline.entries.filter((e) => e.category === 'azure-service').length);
  });
});

describe('the year index’s counts', () => {
  it('round-trip through the attribute, leaving out categories without entries', () => {
    const attribute = serializeCategoryCounts({ 'azure-service': 12, orchestrator: 0, 'openstack-project': 3 });
    expect(attribute).toBe('openstack-project:3 azure-service:12');
    expect([...parseCategoryCounts(attribute)]).toEqual([
      ['openstack-project', 3],
      ['azure-service', 12],
    ]);
  });

  it('ignore malformed pairs', () => {
    expect([...parseCategoryCounts('orchestrator:x :3 azure-service:2 junk')]).toEqual([['azure-service', 2]]);
  });

  it('read naturally in both languages', () => {
    const en = { one: '# event', other: '# events' };
    expect([countText(en, 1), countText(en, 0), countText(en, 412)]).toEqual(['1 event', '0 events', '412 events']);
    expect(countText({ one: '사건 #개', other: '사건 #개' }, 7)).toBe('사건 7개');
  });
});
