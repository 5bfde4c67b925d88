import { preload } from 'react-dom';
import { IgnoredParamsNoteShell } from '@/components/ui/ignored-params-note';
import type { Locale } from '@/lib/i18n/locales';
import { getSearchDictionary } from '@/lib/i18n/search-dictionary';
import { manifestPath } from '@/lib/search/shard-format';
import { SearchBoxMarkup } from './search-box-markup';

/**
 * The search page's box, server markup: components/islands/search-ui.island.ts
 * reads ?q= (a static export has no server to do it), searches, and writes
 * each query back with replaceState so the address bar always links to what
 * is on screen. The reserved height keeps arriving results from moving the
 * footer (no layout shift).
 */
export function SearchPage({ locale }: { locale: Locale }) {
  // The page searches as soon as its code runs: fetch the index's manifest with the page, not after the code.
  preload(manifestPath(locale), { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <div data-search-page={locale} className="min-h-[75dvh]">
      <IgnoredParamsNoteShell locale={locale} />
      <SearchBoxMarkup t={getSearchDictionary(locale)} id="search-page" />
    </div>
  );
}
