import type { CellRating, MatrixTechnology } from './types';

/**
 * Weighted scoring for the pros and cons matrix. A pro counts +1, neutral 0
 * and a con −1, times the criterion's weight (0–3). "Not applicable" and
 * unrated criteria are left out rather than counted as neutral: a missing
 * rating is not evidence, and the explanation says so.
 */

export const RATING_POINTS = { pro: 1, neutral: 0, con: -1 } as const;

export type Weights = Record<string, number>;

/** Why a criterion did or did not add to the score. */
export type ContributionKind = 'counted' | 'zero-weight' | 'not-applicable' | 'unknown';

export interface Contribution {
  criterion: string;
  rating: CellRating;
  weight: number;
  /** rating points × weight; 0 for anything not counted. */
  points: number;
  kind: ContributionKind;
}

export interface TechnologyScore {
  score: number;
  /** The best score possible with these weights: every counted criterion a pro. */
  best: number;
  contributions: Contribution[];
}

export interface RankedRow {
  tech: MatrixTechnology;
  result: TechnologyScore;
  /** 1-based; technologies with equal scores share a rank (1, 2, 2, 4). */
  rank: number;
}

export function ratingOf(tech: MatrixTechnology, criterion: string): CellRating {
  return tech.ratings[criterion]?.rating ?? 'unknown';
}

export function scoreTechnology(tech: MatrixTechnology, criteria: readonly string[], weights: Weights): TechnologyScore {
  let score = 0;
  let best = 0;
  const contributions = criteria.map((criterion): Contribution => {
    const rating = ratingOf(tech, criterion);
    const weight = weights[criterion] ?? 0;
    if (rating === 'unknown') return { criterion, rating, weight, points: 0, kind: 'unknown' };
    if (rating === 'na') return { criterion, rating, weight, points: 0, kind: 'not-applicable' };
    if (weight === 0) return { criterion, rating, weight, points: 0, kind: 'zero-weight' };
    const points = RATING_POINTS[rating] * weight;
    score += points;
    best += weight;
    return { criterion, rating, weight, points, kind: 'counted' };
  });
  return { score, best, contributions };
}

/** Orders technologies by weighted score, highest first; ties keep the given (alphabetical) order. */
export function rankTechnologies(
  technologies: readonly MatrixTechnology[],
  criteria: readonly string[],
  weights: Weights,
): RankedRow[] {
  const scored = technologies.map((tech, index) => ({ tech, index, result: scoreTechnology(tech, criteria, weights) }));
  scored.sort((a, b) => b.result.score - a.result.score || a.index - b.index);
  let rank = 0;
  return scored.map((row, position) => {
    if (position === 0 || row.result.score !== scored[position - 1]!.result.score) rank = position + 1;
    return { tech: row.tech, result: row.result, rank };
  });
}

/** "+3", "−2", "0": the sign is always written, with a real minus sign, so a score reads at a glance. */
export function formatPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `−${Math.abs(points)}`;
  return '0';
}
