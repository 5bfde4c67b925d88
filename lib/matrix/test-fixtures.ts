import type { Rating } from '../content/schema';
import type { MatrixTechnology } from './types';

/** A small technology for unit tests: only the ratings matter to scoring. */
export function tech(slug: string, ratings: Record<string, Rating>, status: MatrixTechnology['status'] = 'active'): MatrixTechnology {
  return {
    slug,
    title: slug,
    category: 'tooling',
    status,
    href: `/en/tech/${slug}/`,
    ratings: Object.fromEntries(Object.entries(ratings).map(([key, rating]) => [key, { rating, reason: `${slug} ${key}`, anchor: 'pros-and-cons' }])),
    pros: [],
    cons: [],
  };
}
