'use client';

import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { SearchDictionary } from '@/lib/i18n/search-dictionary';
import { addRecent, readRecent, writeRecent } from '@/lib/search/recent';
import { hitUrls, optionId, QueryList, SearchResults } from './search-results';
import { useSearch } from './use-search';

interface SearchBoxProps {
  locale: Locale;
  t: SearchDictionary;
  initialQuery?: string;
  /** Load the index at once (the dialog was opened, or the page has a query) rather than on focus. */
  loadNow?: boolean;
  /** Called with each committed query (the search page mirrors it into the URL). */
  onQuery?: (query: string) => void;
  /** Called before the browser follows a result (the dialog closes itself). */
  onNavigate?: (url: string) => void;
}

/**
 * The search combobox: an input that controls a listbox of results grouped by
 * page. Focus stays in the input; arrow keys move the active option
 * (aria-activedescendant), Enter opens it.
 */
export function SearchBox({ locale, t, initialQuery = '', loadNow = false, onQuery, onNavigate }: SearchBoxProps) {
  const search = useSearch(locale, initialQuery, loadNow);
  const { value, query, status, response, searchCount, inputProps, setNow } = search;
  const [active, setActive] = useState(-1);
  const [recent, setRecent] = useState<string[]>([]);
  const listId = useId();
  const inputId = useId();

  useEffect(() => setRecent(readRecent(locale)), [locale]);
  useEffect(() => setActive(-1), [response]);
  useEffect(() => onQuery?.(query), [query, onQuery]);

  const blank = value.trim() === '';
  const hits = hitUrls(blank ? null : response);
  const noResults = !blank && status === 'ready' && response !== null && response.groups.length === 0;
  const queries = blank ? recent : noResults ? t.suggestions : [];
  const optionCount = hits.length || queries.length;

  function remember() {
    const next = addRecent(recent, value);
    setRecent(next);
    writeRecent(locale, next);
  }

  function pick(url: string) {
    remember();
    onNavigate?.(url);
  }

  function choose(next: string) {
    setNow(next);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (optionCount === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = (active + step + optionCount + (active === -1 && step === -1 ? 1 : 0)) % optionCount;
      setActive(next);
      document.getElementById(optionId(listId, next))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      if (hits.length) {
        event.preventDefault();
        const url = hits[Math.max(active, 0)]!;
        pick(url);
        window.location.assign(url);
      } else if (active >= 0 && queries[active]) {
        event.preventDefault();
        choose(queries[active]!);
      }
    }
  }

  const statusText =
    status === 'loading' && !blank
      ? t.loading
      : status === 'error'
        ? t.loadError
        : response?.empty && !blank
          ? t.nothingToSearch
          : noResults
            ? t.noResults(query)
            : response && !blank
              ? t.resultCount(response.groups.length)
              : '';

  return (
    <div data-search-box data-search-count={searchCount} data-search-status={status}>
      <label htmlFor={inputId} className="sr-only">
        {t.inputLabel}
      </label>
      <input
        id={inputId}
        type="text"
        inputMode="search"
        enterKeyHint="search"
        role="combobox"
        aria-expanded={optionCount > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? optionId(listId, active) : undefined}
        aria-describedby={`${listId}-help`}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        placeholder={t.placeholder}
        maxLength={1000}
        className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 focus:border-brand-600 focus:outline-2 focus:outline-brand-600 dark:border-slate-500 dark:bg-slate-900 dark:text-white dark:placeholder:text-slate-400"
        onKeyDown={onKeyDown}
        {...inputProps}
      />
      <p id={`${listId}-help`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {t.keyboardHelp}
      </p>
      <p role="status" className="mt-3 text-sm text-slate-700 dark:text-slate-300" data-search-message>
        {statusText}
      </p>
      {status === 'error' ? (
        <button type="button" className="mt-2 rounded border border-slate-400 px-3 py-1 text-sm" onClick={search.load}>
          {t.retry}
        </button>
      ) : null}
      {response?.partial && hits.length ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t.partial}</p> : null}
      <div className="mt-3">
        {hits.length && response ? (
          <SearchResults response={response} listId={listId} active={active} t={t} onPick={pick} />
        ) : queries.length ? (
          <>
            <div className="mb-2 flex items-center justify-between px-1 text-sm text-slate-700 dark:text-slate-300">
              <span>{blank ? t.recent : t.noResultsHelp}</span>
              {blank ? (
                <button
                  type="button"
                  className="rounded px-2 py-0.5 text-brand-700 underline hover:bg-slate-100 dark:text-brand-300 dark:hover:bg-slate-800"
                  onClick={() => {
                    setRecent([]);
                    writeRecent(locale, []);
                  }}
                >
                  {t.clearRecent}
                </button>
              ) : null}
            </div>
            <QueryList queries={queries} label={blank ? t.recent : t.noResultsHelp} listId={listId} active={active} onChoose={choose} />
          </>
        ) : null}
      </div>
    </div>
  );
}
