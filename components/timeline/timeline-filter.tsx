'use client';

import { useEffect, useState } from 'react';
import { IgnoredParamsNote } from '@/components/ui/ignored-params-note';
import type { Category } from '@/lib/content/schema';
import { getCompareDictionary } from '@/lib/i18n/compare-dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { parseTimelineFilter, serializeTimelineFilter } from '@/lib/timeline/filter-state';
import type { IgnoredParam } from '@/lib/url-state';

/**
 * Filters the server-rendered timeline by category. The list itself stays
 * server HTML (no event data in client JavaScript); this component only sets
 * `hidden` on entries and on years left empty, and keeps ?category= in the URL.
 */
export function TimelineFilter({ locale, categories, labels, total }: { locale: Locale; categories: Category[]; labels: Record<Category, string>; total: number }) {
  const t = getCompareDictionary(locale).timeline;
  const [category, setCategory] = useState<Category | null>(null);
  const [ignored, setIgnored] = useState<IgnoredParam[]>([]);
  const [shown, setShown] = useState(total);

  useEffect(() => {
    function readUrl() {
      const parsed = parseTimelineFilter(window.location.search);
      setCategory(parsed.category);
      setIgnored(parsed.ignored);
    }
    readUrl();
    window.addEventListener('popstate', readUrl);
    return () => window.removeEventListener('popstate', readUrl);
  }, []);

  useEffect(() => {
    let count = 0;
    for (const entry of document.querySelectorAll<HTMLElement>('[data-timeline-entry]')) {
      entry.hidden = category !== null && entry.dataset.category !== category;
      if (!entry.hidden) count += 1;
    }
    for (const year of document.querySelectorAll<HTMLElement>('[data-timeline-year]')) {
      year.hidden = !year.querySelector('[data-timeline-entry]:not([hidden])');
    }
    setShown(count);
  }, [category]);

  function choose(next: Category | null) {
    setCategory(next);
    setIgnored([]);
    window.history.pushState(null, '', `${window.location.pathname}${serializeTimelineFilter(next)}`);
  }

  return (
    <div className="mt-6 space-y-3">
      <IgnoredParamsNote ignored={ignored} locale={locale} />
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="timeline-category" className="block text-sm font-semibold">
            {t.category}
          </label>
          <select
            id="timeline-category"
            value={category ?? ''}
            onChange={(event) => choose((event.target.value || null) as Category | null)}
            className="mt-1 rounded border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
          >
            <option value="">{t.all}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {labels[c]}
              </option>
            ))}
          </select>
        </div>
        <p role="status" className="text-sm font-semibold" data-testid="timeline-count">
          {t.count(shown, total)}
        </p>
      </div>
    </div>
  );
}
