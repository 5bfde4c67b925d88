import type { Locale } from '@/lib/i18n/locales';
import { routes } from '@/lib/site';

/**
 * The header's search button. Server markup: components/islands/search.ts
 * opens the search dialog on click and on ⌘K / Ctrl+K or "/", and only then
 * fetches the dialog, FlexSearch and the index. Without a script the button
 * is hidden and the header's "Search" link leads to the search page.
 */
export function SearchButton({ locale, label, hint }: { locale: Locale; label: string; hint: string }) {
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      title={hint}
      className="flex items-center gap-2 rounded-full border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
      data-search-button={locale}
      data-search-fallback={routes.search(locale)}
      data-js-only
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="8.5" cy="8.5" r="5.5" />
        <path d="m13 13 4.5 4.5" strokeLinecap="round" />
      </svg>
      <span>{label}</span>
      <kbd className="hidden rounded border border-slate-300 px-1 text-xs text-slate-600 sm:inline dark:border-slate-600 dark:text-slate-400">/</kbd>
    </button>
  );
}
