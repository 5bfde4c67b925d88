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

/**
 * A year's entries per category as one attribute, "azure-service:12 orchestrator:30",
 * on the links of the timeline's year index: the filter shows the chosen category's count.
 */
export function serializeCategoryCounts(counts: Partial<Record<Category, number>>): string {
  return CATEGORIES.filter((c) => (counts[c] ?? 0) > 0)
    .map((c) => `${c}:${counts[c]}`)
    .join(' ');
}

export function parseCategoryCounts(attribute: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pair of attribute.split(' ')) {
    const [category, count] = pair.split(':');
    if (category && count && /^\d+$/.test(count)) counts.set(category, Number(count));
  }
  return counts;
}

/** Fills a count template ("# events", "사건 #개") with a number, on the server and in the filter island alike. */
export function countText(templates: { one: string; other: string }, count: number): string {
  return (count === 1 ? templates.one : templates.other).replace('#', String(count));
}
