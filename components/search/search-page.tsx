'use client';

import { useCallback, useEffect, useState } from 'react';
import { IgnoredParamsNote } from '@/components/ui/ignored-params-note';
import type { Locale } from '@/lib/i18n/locales';
import { getSearchDictionary } from '@/lib/i18n/search-dictionary';
import { type IgnoredParam, paramsFrom, readText, unknownParams, wellFormed } from '@/lib/url-state';
import { SearchBox } from './search-box';

/**
 * The search page's box: starts from ?q= (so a shared link shows the same
 * results) and writes each committed query back with replaceState, so the
 * address bar always holds a link to what is on screen. A static export has
 * no server, so the query is read here, after hydration.
 */
export function SearchPage({ locale }: { locale: Locale }) {
  const t = getSearchDictionary(locale);
  const [initial, setInitial] = useState<{ query: string; ignored: IgnoredParam[] } | null>(null);

  useEffect(() => {
    const params = paramsFrom(window.location.search);
    const ignored: IgnoredParam[] = [];
    const query = readText(params, 'q', ignored);
    unknownParams(params, ['q'], ignored);
    setInitial({ query, ignored });
  }, []);

  const mirror = useCallback((query: string) => {
    const url = new URL(window.location.href);
    const clean = wellFormed(query).trim();
    if (clean) url.searchParams.set('q', clean);
    else url.searchParams.delete('q');
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }, []);

  return (
    // Results arrive after the index loads; the reserved height keeps them from pushing the footer (and the layout) around.
    <div data-search-page className="min-h-[75dvh]">
      {initial ? (
        <>
          <IgnoredParamsNote ignored={initial.ignored} locale={locale} />
          <SearchBox locale={locale} t={t} initialQuery={initial.query} loadNow={initial.query.trim() !== ''} onQuery={mirror} />
        </>
      ) : (
        // Before hydration: the same box, inert, so the layout does not jump.
        <input aria-label={t.inputLabel} disabled placeholder={t.placeholder} className="w-full rounded-md border border-slate-400 px-3 py-2 text-base" />
      )}
    </div>
  );
}
