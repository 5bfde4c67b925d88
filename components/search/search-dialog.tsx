'use client';

import { useEffect, useRef } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { getSearchDictionary } from '@/lib/i18n/search-dictionary';
import { SearchBox } from './search-box';

/**
 * The search dialog, loaded only when the reader first opens search. A modal
 * <dialog> makes the rest of the page inert (focus stays inside) and closes
 * on Escape; focus returns to where it was when the dialog closes.
 */
export function SearchDialog({ locale, onClose }: { locale: Locale; onClose: () => void }) {
  const t = getSearchDictionary(locale);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    // showModal focuses the first focusable element (the close button); the reader opened search to type.
    element.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
    return () => {
      if (element.open) element.close();
      previous?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="search-dialog-title"
      className="m-auto mt-[8vh] w-[min(42rem,calc(100vw-1.5rem))] rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // A modal dialog keeps the page inert, but Tab can still leave for the browser's own UI: keep it inside.
        if (event.key !== 'Tab') return;
        const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>('input, button, [href]:not([tabindex="-1"])')];
        const first = focusable[0];
        const last = focusable.at(-1);
        if (!first || !last) return;
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) onClose();
      }}
      data-search-dialog
    >
      <div className="max-h-[80vh] overflow-y-auto p-4">
        <div className="mb-3 flex items-center justify-between gap-2">
          <h2 id="search-dialog-title" className="text-lg font-semibold">
            {t.dialogTitle}
          </h2>
          <button
            type="button"
            onClick={onClose}
            className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            {t.close}
          </button>
        </div>
        <SearchBox locale={locale} t={t} loadNow onNavigate={onClose} />
      </div>
    </dialog>
  );
}
