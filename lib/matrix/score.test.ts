import { describe, expect, it } from 'vitest';
import { tech } from './test-fixtures';
import { formatPoints, rankTechnologies, scoreTechnology } from './score';

const CRITERIA = ['cost', 'isolation', 'azure'];

describe('scoreTechnology', () => {
  it('adds pro +1, neutral 0 and con −1, each times its weight', () => {
    const result = scoreTechnology(tech('a', { cost: 'pro', isolation: 'con', azure: 'neutral' }), CRITERIA, { cost: 3, isolation: 2, azure: 1 });
    expect(result.score).toBe(3 - 2 + 0);
    expect(result.best).toBe(6);
    expect(result.contributions.map((c) => [c.criterion, c.points, c.kind])).toEqual([
      ['cost', 3, 'counted'],
      ['isolation', -2, 'counted'],
      ['azure', 0, 'counted'],
    ]);
  });

  it('leaves out not-applicable and unrated criteria instead of counting them as neutral', () => {
    const result = scoreTechnology(tech('a', { cost: 'pro', azure: 'na' }), CRITERIA, { cost: 1, isolation: 3, azure: 3 });
    expect(result.score).toBe(1);
    expect(result.best).toBe(1);
    expect(result.contributions.map((c) => [c.criterion, c.rating, c.kind])).toEqual([
      ['cost', 'pro', 'counted'],
      ['isolation', 'unknown', 'unknown'],
      ['azure', 'na', 'not-applicable'],
    ]);
  });

  it('notes a criterion with weight 0 as ignored, adding nothing to score or best', () => {
    const result = scoreTechnology(tech('a', { cost: 'con', isolation: 'pro' }), ['cost', 'isolation'], { cost: 0, isolation: 2 });
    expect(result).toMatchObject({ score: 2, best: 2 });
    expect(result.contributions[0]).toMatchObject({ kind: 'zero-weight', points: 0 });
  });

  it('counts only the criteria it is given', () => {
    expect(scoreTechnology(tech('a', { cost: 'con', isolation: 'pro' }), ['isolation'], { cost: 3, isolation: 1 }).score).toBe(1);
  });
});

describe('rankTechnologies', () => {
  const techs = [
    tech('alpha', { cost: 'pro', isolation: 'con' }),
    tech('beta', { cost: 'con', isolation: 'pro' }),
    tech('gamma', { cost: 'neutral', isolation: 'neutral' }),
  ];

  it('puts the highest weighted score first', () => {
    const ranked = rankTechnologies(techs, CRITERIA, { cost: 1, isolation: 3 });
    expect(ranked.map((r) => [r.tech.slug, r.result.score, r.rank])).toEqual([
      ['beta', 2, 1],
      ['gamma', 0, 2],
      ['alpha', -2, 3],
    ]);
  });

  it('re-ranks when a weight changes', () => {
    const ranked = rankTechnologies(techs, CRITERIA, { cost: 3, isolation: 1 });
    expect(ranked.map((r) => r.tech.slug)).toEqual(['alpha', 'gamma', 'beta']);
  });

  it('keeps the given order for ties and gives them the same rank', () => {
    const ranked = rankTechnologies(techs, CRITERIA, { cost: 1, isolation: 1 });
    expect(ranked.map((r) => [r.tech.slug, r.rank])).toEqual([
      ['alpha', 1],
      ['beta', 1],
      ['gamma', 1],
    ]);
    const withLeader = rankTechnologies([...techs, tech('delta', { cost: 'pro' })], CRITERIA, { cost: 1, isolation: 1 });
    expect(withLeader.map((r) => r.rank)).toEqual([1, 2, 2, 2]);
  });

  it('returns nothing for no technologies', () => {
    expect(rankTechnologies([], CRITERIA, {})).toEqual([]);
  });
});

describe('formatPoints', () => {
  it('always writes the sign, with a real minus sign', () => {
    expect([formatPoints(3), formatPoints(-2), formatPoints(0)]).toEqual(['+3', '−2', '0']);
  });
});
