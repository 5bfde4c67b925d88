import { IgnoredParamsNoteShell } from '@/components/ui/ignored-params-note';
import type { Category } from '@/lib/content/schema';
import { getCompareDictionary } from '@/lib/i18n/compare-dictionary';
import type { Locale } from '@/lib/i18n/locales';

/**
 * Filters the server-rendered timeline by category. Server markup:
 * components/islands/timeline-filter.ts sets `hidden` on entries and on years
 * left empty, and keeps ?category= in the URL. Each option carries the count
 * line it leads to, worked out here, so the page needs neither React nor the
 * dictionary in the browser, and the line that names the category on paper.
 * Hidden without a script: the whole list shows.
 */
export function TimelineFilter({ locale, categories, labels, counts }: { locale: Locale; categories: Category[]; labels: Record<Category, string>; counts: Record<Category, number> }) {
  const t = getCompareDictionary(locale).timeline;
  const total = categories.reduce((sum, c) => sum + counts[c], 0);
  return (
    <div className="mt-6 space-y-3" data-js-only data-timeline-filter>
      <IgnoredParamsNoteShell locale={locale} />
      <div className="flex flex-wrap items-end gap-4">
        <div className="print:hidden">
          <label htmlFor="timeline-category" className="block text-sm font-semibold">
            {t.category}
          </label>
          <select id="timeline-category" defaultValue="" className="mt-1 rounded border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900">
            <option value="" data-count-line={t.count(total, total)}>
              {t.all}
            </option>
            {categories.map((c) => (
              <option key={c} value={c} data-count-line={t.count(counts[c], total)} data-print-line={`${t.category}: ${labels[c]}`}>
                {labels[c]}
              </option>
            ))}
          </select>
        </div>
        {/* The select does not print: on paper this line names the category chosen (empty for all of them). */}
        <p className="print-only text-sm font-semibold empty:hidden" data-timeline-printed-category />
        <p role="status" className="text-sm font-semibold" data-testid="timeline-count">
          {t.count(total, total)}
        </p>
      </div>
    </div>
  );
}
