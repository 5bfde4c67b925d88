import type { Locale } from '@/lib/i18n/locales';
import { type IgnoredParam, paramsFrom, readText, unknownParams, wellFormed } from '@/lib/url-state';
import { showIgnoredParams } from './ignored-params';
import { attachSearchBox, type SearchBoxController } from './search-box';

/**
 * The search interface for the dialog and the search page: one
 * self-contained file (scripts/build-islands.ts bundles it apart, without
 * code splitting), so the shortcut costs one fetch with no shared chunk to
 * discover after it; loaded by components/islands/search.ts only when search
 * is wanted.
 */

const attached = new WeakMap<HTMLDialogElement, SearchBoxController>();

/**
 * Gives the dialog (opened by components/islands/search.ts in the keystroke
 * that asked for it) its search behaviour, once; on every opening, searches
 * what has been typed so far. Few results, each one small fetch: this is the
 * first thing a reader sees after the shortcut.
 */
export function attachDialog(dialog: HTMLDialogElement, locale: Locale, worker: () => Worker): void {
  let box = attached.get(dialog);
  if (!box) {
    const root = dialog.querySelector<HTMLElement>('[data-search-box]');
    if (!root) return;
    // The best page with two sections, the next five with one: seven small fetches before the first results, not twelve.
    box = attachSearchBox(root, { locale, limit: 6, hitsPerPage: 1, topPageHits: 2, worker, onNavigate: () => dialog.close() });
    attached.set(dialog, box);
  }
  box.refresh();
}

/**
 * The search page (components/search/search-page.tsx): starts from ?q= (so a
 * shared link shows the same results), unless the reader already typed, and
 * writes each query back with replaceState.
 */
export function attachPage(root: HTMLElement, locale: Locale, worker: () => Worker): void {
  const box = root.querySelector<HTMLElement>('[data-search-box]');
  const input = box?.querySelector<HTMLInputElement>('input[role="combobox"]');
  const note = root.querySelector<HTMLElement>('[data-ignored-params-shell]');
  if (!box || !input) return;
  const params = paramsFrom(location.search);
  const ignored: IgnoredParam[] = [];
  const query = readText(params, 'q', ignored);
  unknownParams(params, ['q'], ignored);
  if (note) showIgnoredParams(note, ignored);
  if (!input.value) input.value = query;
  const mirror = (typed: string) => {
    const url = new URL(location.href);
    const clean = wellFormed(typed).trim();
    if (clean) url.searchParams.set('q', clean);
    else url.searchParams.delete('q');
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  };
  // Ten pages, three sections of the best and one of each other: twelve small fetches, two rounds on HTTP/1.1
  // (three sections of every page took thirty fetches and five rounds, which set the page's LCP on a phone).
  const controller = attachSearchBox(box, { locale, limit: 10, hitsPerPage: 1, topPageHits: 3, worker, onQuery: mirror });
  if (input.value.trim()) controller.refresh();
}
