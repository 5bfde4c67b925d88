import { describe, expect, it } from 'vitest';
import { loadTechnologies } from '../content/load';
import { buildLane, chartEnd, groupLanes, yearFraction, yearSpan } from './lanes';
import { CATEGORIES } from '../content/schema';

const technologies = loadTechnologies('en');
const asOf = chartEnd(technologies);
const lane = (slug: string) => buildLane(technologies.find((t) => t.slug === slug)!, asOf);

describe('lifespan lanes', () => {
  it('gives every technology one lane, grouped by category and ordered by first release', () => {
    const groups = groupLanes(technologies, CATEGORIES, asOf);
    expect(groups.flatMap((g) => g.lanes.map((l) => l.slug)).sort()).toEqual(technologies.map((t) => t.slug).sort());
    for (const group of groups) {
      expect(group.lanes.every((l) => l.category === group.category)).toBe(true);
      expect(group.lanes.map((l) => l.start)).toEqual(group.lanes.map((l) => l.start).sort());
    }
  });

  it('ends a retired lane at its retirement, in the retired style, pointing at its successor', () => {
    expect(lane('azure-container-service')).toMatchObject({
      start: '2015-09',
      end: '2020-01-31',
      segments: [{ state: 'retired', from: '2015-09', to: '2020-01-31' }],
      successors: ['aks'],
    });
  });

  it('runs a living lane to the newest review date, active until it entered its current state', () => {
    expect(asOf).toBe(technologies.map((t) => t.reviewed).sort().at(-1));
    expect(lane('kuryr').segments).toEqual([
      { state: 'active', from: '2015-08', to: '2024' },
      { state: 'maintenance', from: '2024', to: asOf },
    ]);
    expect(lane('kubernetes').segments).toEqual([{ state: 'active', from: '2014-06', to: asOf }]);
    expect(lane('kubernetes').successors).toEqual([]);
  });

  it('places partial dates at the start of their period', () => {
    expect(yearFraction('2016')).toBe(2016);
    expect(yearFraction('2016-07')).toBeCloseTo(2016 + 182 / 366, 5);
    expect(yearSpan([lane('lxc'), lane('aks')], '2026-11-27')).toEqual({ from: 2008, to: 2027 });
  });
});
