import { CATEGORIES, type Category } from '@/lib/content/vocabulary';
import { countText, parseCategoryCounts, parseTimelineFilter, serializeTimelineFilter } from '@/lib/timeline/filter-state';
import { showIgnoredParams } from './ignored-params';

/**
 * The timeline's category filter (components/timeline/timeline-filter.tsx):
 * hides the entries of other categories and the years left empty, says how
 * many are shown, and keeps the choice in the URL, so back and a shared link
 * both work. Where the years have pages of their own (the year index,
 * components/timeline/timeline-year-index.tsx), it shows each year's count for
 * the category, hides years without any, and carries the choice into the links.
 */
export function initTimelineFilter(root: HTMLElement): void {
  const select = root.querySelector('select');
  const status = root.querySelector('[role="status"]:not([data-ignored-params-shell])');
  const note = root.querySelector<HTMLElement>('[data-ignored-params-shell]');
  const printedCategory = root.querySelector<HTMLElement>('[data-timeline-printed-category]');
  if (!select || !status || !note) return;

  const apply = (category: string) => {
    select.value = category;
    for (const entry of document.querySelectorAll<HTMLElement>('[data-timeline-entry]')) {
      entry.hidden = category !== '' && entry.dataset.category !== category;
    }
    // The lifespan chart hides whole category groups, so no gaps open between lanes.
    for (const group of document.querySelectorAll<HTMLElement>('[data-lane-group]')) {
      group.hidden = category !== '' && group.dataset.laneGroup !== category;
    }
    for (const year of document.querySelectorAll<HTMLElement>('[data-timeline-year]')) {
      year.hidden = !year.querySelector('[data-timeline-entry]:not([hidden])');
    }
    status.textContent = select.selectedOptions[0]?.dataset.countLine ?? '';
    if (printedCategory) printedCategory.textContent = select.selectedOptions[0]?.dataset.printLine ?? '';
    const index = document.querySelector<HTMLElement>('[data-year-index]');
    if (index) applyToYearIndex(index, category);
  };

  const readUrl = () => {
    const { category, ignored } = parseTimelineFilter(location.search);
    showIgnoredParams(note, ignored);
    apply(category ?? '');
  };

  select.addEventListener('change', () => {
    const category = (CATEGORIES as readonly string[]).includes(select.value) ? (select.value as Category) : null;
    showIgnoredParams(note, []);
    apply(category ?? '');
    history.pushState(null, '', `${location.pathname}${serializeTimelineFilter(category)}`);
  });
  addEventListener('popstate', readUrl);
  readUrl();
}

function applyToYearIndex(index: HTMLElement, category: string): void {
  const templates = { one: index.dataset.countOne ?? '#', other: index.dataset.countOther ?? '#' };
  for (const item of index.querySelectorAll<HTMLElement>('[data-year-link]')) {
    const counts = parseCategoryCounts(item.dataset.categoryCounts ?? '');
    const count = category === '' ? [...counts.values()].reduce((sum, n) => sum + n, 0) : (counts.get(category) ?? 0);
    const link = item.querySelector('a');
    const label = item.querySelector('[data-year-count]');
    if (!link || !label) continue;
    label.textContent = countText(templates, count);
    // The year being read stays listed, even when it has none of the category.
    item.hidden = count === 0 && link.getAttribute('aria-current') !== 'page';
    const url = new URL(link.href);
    url.search = serializeTimelineFilter(category === '' ? null : (category as Category));
    link.href = url.pathname + url.search;
  }
}
