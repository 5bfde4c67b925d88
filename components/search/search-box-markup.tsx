import type { SearchDictionary } from '@/lib/i18n/search-dictionary';

/**
 * The search combobox as server markup, for the dialog (cloned from a
 * <template> by components/islands/search.ts) and the search page. It is a
 * real input from the start, so whatever the reader types before the search
 * code arrives is in the box; components/islands/search-box.ts then attaches,
 * searches what is there and renders the results (role="option" inside
 * role="listbox", with aria-activedescendant).
 */
export function SearchBoxMarkup({ t, id }: { t: SearchDictionary; id: string }) {
  return (
    <div data-search-box data-search-status="idle" data-search-count="0">
      <label htmlFor={`${id}-input`} className="sr-only">
        {t.inputLabel}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        inputMode="search"
        enterKeyHint="search"
        role="combobox"
        aria-expanded="false"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-describedby={`${id}-help`}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        placeholder={t.placeholder}
        maxLength={1000}
        className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 focus:border-brand-600 focus:outline-2 focus:outline-brand-600 dark:border-slate-500 dark:bg-slate-900 dark:text-white dark:placeholder:text-slate-400"
      />
      <p id={`${id}-help`} className="no-print mt-1 text-xs text-slate-600 dark:text-slate-400">
        {t.keyboardHelp}
      </p>
      {/* On paper the box does not print: this line says what was searched (filled in by search-box.ts). */}
      <p data-search-printed-query className="print-only mt-2 font-medium" />
      {/* One live region: the count or state, and "Showing results for …" when a word was corrected. */}
      <div role="status" className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        <p data-search-correction className="mb-1 font-medium text-slate-900 empty:hidden dark:text-white" />
        <p data-search-answer className="mb-1 font-medium text-slate-900 empty:hidden dark:text-white" />
        <p data-search-message />
      </div>
      <button type="button" hidden className="mt-2 rounded border border-slate-400 px-3 py-1 text-sm" data-search-retry>
        {t.retry}
      </button>
      <p hidden className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-search-partial>
        {t.partial}
      </p>
      <div className="mt-3" data-search-results />
    </div>
  );
}

/**
 * The dialog, inert in a <template> until the reader first opens search:
 * the islands script clones it and opens it in the same keystroke, so the
 * box takes the very next key. It opens non-modally (show(), not
 * showModal()) as the APG's modal pattern: aria-modal, focus kept inside,
 * Escape and the backdrop close it, focus goes back. A native modal makes
 * every element of the page inert, a style recalculation of the whole page
 * (about 90 ms of a phone's main thread on an article) that the keys typed
 * right after the shortcut waited behind. The element itself is the
 * backdrop, so a click outside the panel lands on it.
 */
export function SearchDialogTemplate({ t }: { t: SearchDictionary }) {
  return (
    <template data-search-template>
      <dialog
        aria-labelledby="search-dialog-title"
        aria-modal="true"
        className="fixed inset-0 z-50 m-0 h-full max-h-none w-full max-w-none border-0 bg-slate-950/50 p-0 open:block"
        data-search-dialog
      >
        <div className="mx-auto mt-[8vh] max-h-[80vh] w-[min(42rem,calc(100vw-1.5rem))] overflow-y-auto overscroll-contain rounded-lg border border-slate-300 bg-white p-4 text-slate-900 shadow-2xl dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100">
          <div className="mb-3 flex items-center justify-between gap-2">
            <h2 id="search-dialog-title" className="text-lg font-semibold">
              {t.dialogTitle}
            </h2>
            <button
              type="button"
              className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
              data-search-close
            >
              {t.close}
            </button>
          </div>
          <SearchBoxMarkup t={t} id="search-dialog" />
        </div>
      </dialog>
    </template>
  );
}
