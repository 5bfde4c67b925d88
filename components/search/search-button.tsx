'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';

// The dialog, FlexSearch and the index are fetched only when search is first opened.
const SearchDialog = lazy(() => import('./search-dialog'));

/** Whether a key press happened while the reader types somewhere, where "/" is a character and not a shortcut. */
function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The header's search button, and the shortcuts ⌘K / Ctrl+K and "/". On the
 * search page the shortcuts focus the page's own box instead of a dialog.
 */
export function SearchButton({ locale, label, hint }: { locale: Locale; label: string; hint: string }) {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const commandK = (event.metaKey || event.ctrlKey) && !event.altKey && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !typingInField(event.target);
      if (!commandK && !slash) return;
      if (event.isComposing) return;
      event.preventDefault();
      const pageBox = document.querySelector<HTMLInputElement>('[data-search-page] input[role="combobox"]');
      if (pageBox) pageBox.focus();
      else setOpen(true);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        title={hint}
        className="flex items-center gap-2 rounded-full border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
        data-search-button
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" strokeLinecap="round" />
        </svg>
        <span>{label}</span>
        <kbd className="hidden rounded border border-slate-300 px-1 text-xs text-slate-600 sm:inline dark:border-slate-600 dark:text-slate-400">/</kbd>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <SearchDialog locale={locale} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
