import { describe, expect, it } from 'vitest';
import { loadTechnologies } from '../content/load';
import { buildTimeline, groupByYear } from './entries';
import { parseTimelineFilter, serializeTimelineFilter } from './filter-state';

describe('buildTimeline', () => {
  const entries = buildTimeline(loadTechnologies('en'), 'en');

  it('is in date order, a bare year before the months of that year', () => {
    const dates = entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('includes each technology’s first release and its current status', () => {
    const kata = entries.filter((e) => e.slug === 'kata-containers');
    expect(kata.find((e) => e.kind === 'first-release')?.date).toBe('2017-12');
    const acs = entries.find((e) => e.slug === 'azure-container-service' && e.kind === 'status');
    expect(acs).toMatchObject({ date: '2020-01-31', state: 'retired', successors: [{ slug: 'aks', href: '/en/tech/aks/' }] });
  });

  it('groups entries before the first year into one group at the start', () => {
    const groups = groupByYear(entries, 2013);
    expect(groups[0]!.id).toBe('before-2013');
    expect(groups[0]!.entries.every((e) => e.year < 2013)).toBe(true);
    expect(groups[1]!.id).toBe('2013');
  });
});

describe('timeline filter state', () => {
  it('reads a known category and ignores an unknown one, naming it', () => {
    expect(parseTimelineFilter('?category=orchestrator')).toEqual({ category: 'orchestrator', ignored: [] });
    expect(parseTimelineFilter('?category=<script>&x=1')).toEqual({
      category: null,
      ignored: [
        { param: 'x', value: '1', reason: 'unknown' },
        { param: 'category', value: '<script>', reason: 'unknown' },
      ],
    });
  });

  it('round-trips', () => {
    expect(parseTimelineFilter(serializeTimelineFilter('azure-service')).category).toBe('azure-service');
    expect(serializeTimelineFilter(null)).toBe('');
  });
});
