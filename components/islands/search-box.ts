import type { Locale } from '@/lib/i18n/locales';
import { getSearchDictionary } from '@/lib/i18n/search-dictionary';
import type { Segment } from '@/lib/search/excerpt';
import { addRecent, readRecent, writeRecent } from '@/lib/search/recent';
import type { ShardSearchResponse } from '@/lib/search/shard-search';
import { openBrowserSearch, type SearchEngine } from './search-engine';

const OPTION =
  'block cursor-pointer rounded px-3 py-2 text-slate-800 no-underline hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 aria-selected:bg-brand-50 aria-selected:outline-2 aria-selected:outline-brand-600 dark:aria-selected:bg-slate-800 dark:aria-selected:outline-brand-300';
const QUERY_OPTION =
  'cursor-pointer rounded-full border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 aria-selected:border-brand-600 aria-selected:bg-brand-50 dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-selected:bg-slate-800';
const MARK = 'rounded-sm bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-300 dark:text-slate-950';

export type EngineStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface SearchBoxOptions {
  locale: Locale;
  /** Pages shown, and sections per page (the best page may show more): each shown section is one small fetch. */
  limit: number;
  hitsPerPage: number;
  topPageHits?: number;
  /** The search worker (components/islands/search.ts starts it with the shortcut; a new one after a failure). */
  worker: () => Worker;
  /** Called with each query searched (the search page mirrors it into the URL). */
  onQuery?: (query: string) => void;
  /** Called before the browser follows a result (the dialog closes itself). */
  onNavigate?: () => void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text with matched words in <mark>; every segment is a text node, so nothing from the index or the query becomes markup. */
function highlighted(segments: Segment[]): Node[] {
  return segments.map((segment) => (segment.match ? element('mark', MARK, segment.text) : document.createTextNode(segment.text)));
}

export interface SearchBoxController {
  /** Searches what the box holds now (it may have been typed into before the code arrived). */
  refresh(): void;
  load(): void;
}

/**
 * The search combobox's behaviour, attached to server markup
 * (components/search/search-box-markup.tsx): an input that controls a
 * listbox of results grouped by page. Focus stays in the input; arrow keys
 * move the active option (aria-activedescendant), Enter opens it. An IME's
 * composition updates do not search; the search runs when it ends.
 */
export function attachSearchBox(root: HTMLElement, options: SearchBoxOptions): SearchBoxController {
  const { locale, limit, hitsPerPage, topPageHits, worker, onQuery, onNavigate } = options;
  const t = getSearchDictionary(locale);
  const input = root.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const message = root.querySelector<HTMLElement>('[data-search-message]')!;
  const printedQuery = root.querySelector<HTMLElement>('[data-search-printed-query]');
  const correction = root.querySelector<HTMLElement>('[data-search-correction]')!;
  const answer = root.querySelector<HTMLElement>('[data-search-answer]')!;
  const retry = root.querySelector<HTMLButtonElement>('[data-search-retry]')!;
  const partial = root.querySelector<HTMLElement>('[data-search-partial]')!;
  const results = root.querySelector<HTMLElement>('[data-search-results]')!;
  const listId = input.getAttribute('aria-controls')!;
  const optionId = (i: number) => `${listId}-option-${i}`;

  let engine: SearchEngine | null = null;
  let status: EngineStatus = 'idle';
  let response: ShardSearchResponse | null = null;
  let searched = '';
  let searchCount = 0;
  let sequence = 0;
  let active = -1;
  let hitUrls: string[] = [];
  let queries: readonly string[] = [];
  let recent = readRecent(locale);

  const setStatus = (next: EngineStatus) => {
    status = next;
    root.dataset.searchStatus = next;
  };

  function remember() {
    recent = addRecent(recent, input.value);
    writeRecent(locale, recent);
  }

  function setActive(next: number) {
    active = next;
    root.querySelectorAll('[role="option"]').forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', optionId(active));
      document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function renderResults(found: ShardSearchResponse): HTMLElement {
    const list = element('div', 'space-y-3');
    list.setAttribute('role', 'listbox');
    list.id = listId;
    list.setAttribute('aria-label', t.resultsLabel);
    let index = -1;
    found.groups.forEach((group, g) => {
      const box = element('div');
      box.setAttribute('role', 'group');
      box.setAttribute('aria-labelledby', `${listId}-group-${g}`);
      const title = element('div', 'px-3 pb-1 text-sm font-semibold text-slate-900 dark:text-white', `${group.title} `);
      title.id = `${listId}-group-${g}`;
      title.append(element('span', 'font-normal text-slate-600 dark:text-slate-400', `· ${group.label}`));
      box.append(title);
      for (const hit of group.hits) {
        index += 1;
        const option = element('a', OPTION);
        option.id = optionId(index);
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.tabIndex = -1;
        option.href = hit.url;
        option.addEventListener('click', () => {
          remember();
          onNavigate?.();
        });
        const heading = element('span', 'block font-medium');
        heading.append(...highlighted(hit.heading));
        const text = element('span', 'mt-0.5 block text-sm text-slate-700 dark:text-slate-300');
        text.append(...highlighted(hit.excerpt));
        option.append(heading, text);
        box.append(option);
      }
      list.append(box);
    });
    return list;
  }

  function renderQueries(blank: boolean): HTMLElement[] {
    const head = element('div', 'mb-2 flex items-center justify-between px-1 text-sm text-slate-700 dark:text-slate-300');
    head.append(element('span', undefined, blank ? t.recent : t.noResultsHelp));
    if (blank) {
      const clear = element('button', 'rounded px-2 py-0.5 text-brand-700 underline hover:bg-slate-100 dark:text-brand-300 dark:hover:bg-slate-800', t.clearRecent);
      clear.type = 'button';
      clear.addEventListener('click', () => {
        recent = [];
        writeRecent(locale, recent);
        render();
      });
      head.append(clear);
    }
    const list = element('div', 'flex flex-wrap gap-2 px-1');
    list.setAttribute('role', 'listbox');
    list.id = listId;
    list.setAttribute('aria-label', blank ? t.recent : t.noResultsHelp);
    queries.forEach((query, i) => {
      const option = element('div', QUERY_OPTION, query);
      option.id = optionId(i);
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.addEventListener('click', () => choose(query));
      list.append(option);
    });
    return [head, list];
  }

  function render() {
    const blank = input.value.trim() === '';
    const shown = blank ? null : response;
    const noResults = !blank && status === 'ready' && shown !== null && shown.groups.length === 0 && !shown.tooShort;
    hitUrls = shown ? shown.groups.flatMap((group) => group.hits.map((hit) => hit.url)) : [];
    queries = blank ? recent : noResults ? t.suggestions : [];
    message.textContent =
      status === 'loading' && !blank
        ? t.loading
        : status === 'error'
          ? t.loadError
          : shown?.empty
            ? t.nothingToSearch
            : shown?.tooShort
              ? t.keepTyping
              : noResults
                ? t.noResults(searched)
                : shown
                  ? t.resultCount(shown.groups.length)
                  : '';
    if (printedQuery) printedQuery.textContent = shown ? t.printedQuery(searched) : '';
    correction.textContent = shown?.corrected && hitUrls.length ? t.corrected(shown.corrected) : '';
    answer.textContent = shown?.answer && hitUrls.length ? t.answer(shown.answer.of, shown.answer.successors) : '';
    retry.hidden = status !== 'error';
    partial.hidden = !(shown?.partial && hitUrls.length);
    results.replaceChildren(...(hitUrls.length && shown ? [renderResults(shown)] : queries.length ? renderQueries(blank) : []));
    input.setAttribute('aria-expanded', String(hitUrls.length + queries.length > 0));
    setActive(-1);
  }

  async function run(query: string) {
    const mine = ++sequence;
    onQuery?.(query);
    if (!query.trim() || !engine) {
      response = null;
      render();
      return;
    }
    try {
      const found = await engine.search(query, { limit, hitsPerPage, topPageHits });
      // Results for text the reader has already typed past are not drawn (the worker gave up on them early anyway).
      if (mine !== sequence) return;
      response = found;
      searched = query;
      searchCount += 1;
      root.dataset.searchCount = String(searchCount);
      root.dataset.searchQuery = query;
    } catch {
      if (mine !== sequence) return;
      // A shard or section could not be fetched, or the worker stopped: say so; "try again" opens the engine again
      // (a new worker if the old one died) and fetches what is missing.
      engine = null;
      setStatus('error');
    }
    render();
  }

  /**
   * Searches what the box holds now, with no delay: every keystroke asks the
   * search worker at once, and only the newest answer is drawn. The worker
   * drops a search overtaken by a newer one before fetching its sections, and
   * none of this work runs on the page's thread, so keys typed quickly are
   * neither held up nor searched one by one to the end. (A fixed debounce
   * added its whole delay to every answer.)
   */
  function searchNow() {
    void run(input.value);
  }

  function load() {
    if (engine || status === 'loading') return;
    setStatus('loading');
    render();
    openBrowserSearch(locale, worker()).then(
      (opened) => {
        engine = opened;
        setStatus('ready');
        if ('composing' in input.dataset) render();
        else searchNow();
      },
      () => {
        setStatus('error');
        render();
      },
    );
  }

  function choose(query: string) {
    input.value = query;
    searchNow();
    load();
  }

  input.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing || 'composing' in input.dataset) return;
    if (!input.value.trim()) render();
    searchNow();
  });
  input.addEventListener('compositionstart', () => (input.dataset.composing = ''));
  input.addEventListener('compositionend', () => {
    delete input.dataset.composing;
    searchNow();
  });
  input.addEventListener('focus', load);
  input.addEventListener('pointerenter', load);
  retry.addEventListener('click', () => {
    if (engine) setStatus('ready');
    load();
    searchNow();
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    const count = hitUrls.length || queries.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + count + (active === -1 && step === -1 ? 1 : 0)) % count);
    } else if (event.key === 'Enter') {
      if (hitUrls.length) {
        event.preventDefault();
        const url = hitUrls[Math.max(active, 0)]!;
        remember();
        onNavigate?.();
        location.assign(url);
      } else if (active >= 0 && queries[active]) {
        event.preventDefault();
        choose(queries[active]!);
      }
    }
  });

  return {
    refresh() {
      recent = readRecent(locale);
      response = null;
      if (engine) searchNow();
      else render();
      load();
    },
    load,
  };
}
