import { CATEGORIES, type Category } from '../content/vocabulary';
import { type IgnoredParam, paramsFrom, readChoice, unknownParams } from '../url-state';

/** The timeline's only view state: `?category=openstack-project`. */
export function parseTimelineFilter(search: string): { category: Category | null; ignored: IgnoredParam[] } {
  const params = paramsFrom(search);
  const ignored: IgnoredParam[] = [];
  unknownParams(params, ['category'], ignored);
  return { category: readChoice(params, 'category', CATEGORIES, ignored) ?? null, ignored };
}

export function serializeTimelineFilter(category: Category | null): string {
  return category ? `?category=${category}` : '';
}
