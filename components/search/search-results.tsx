import type { SearchResponse } from '@/lib/search/engine';
import type { SearchDictionary } from '@/lib/i18n/search-dictionary';
import { Highlighted } from './highlighted';

export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

/** The result URLs of a response, in the order the listbox shows them (for arrow-key navigation). */
export function hitUrls(response: SearchResponse | null): string[] {
  return response ? response.groups.flatMap((group) => group.hits.map((hit) => hit.url)) : [];
}

const OPTION =
  'block cursor-pointer rounded px-3 py-2 text-slate-800 no-underline hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 aria-selected:bg-brand-50 aria-selected:outline-2 aria-selected:outline-brand-600 dark:aria-selected:bg-slate-800 dark:aria-selected:outline-brand-300';

interface ResultsProps {
  response: SearchResponse;
  listId: string;
  active: number;
  t: SearchDictionary;
  onPick: (url: string) => void;
}

/** Results grouped by page; each hit links to its heading, with the matched words marked. */
export function SearchResults({ response, listId, active, t, onPick }: ResultsProps) {
  let index = -1;
  return (
    <div role="listbox" id={listId} aria-label={t.resultsLabel} className="space-y-3">
      {response.groups.map((group, g) => (
        <div key={group.url} role="group" aria-labelledby={`${listId}-group-${g}`}>
          <div id={`${listId}-group-${g}`} className="px-3 pb-1 text-sm font-semibold text-slate-900 dark:text-white">
            {group.page.title} <span className="font-normal text-slate-600 dark:text-slate-400">· {group.page.label}</span>
          </div>
          {group.hits.map((hit) => {
            index += 1;
            const i = index;
            return (
              <a
                key={hit.url}
                id={optionId(listId, i)}
                role="option"
                aria-selected={i === active}
                tabIndex={-1}
                href={hit.url}
                className={OPTION}
                onClick={() => onPick(hit.url)}
              >
                <span className="block font-medium">
                  <Highlighted segments={hit.heading} />
                </span>
                <span className="mt-0.5 block text-sm text-slate-700 dark:text-slate-300">
                  <Highlighted segments={hit.excerpt} />
                </span>
              </a>
            );
          })}
        </div>
      ))}
    </div>
  );
}

interface QueryListProps {
  queries: readonly string[];
  label: string;
  listId: string;
  active: number;
  onChoose: (query: string) => void;
}

/** Recent searches or suggestions: options that fill the box with a query. */
export function QueryList({ queries, label, listId, active, onChoose }: QueryListProps) {
  return (
    <div role="listbox" id={listId} aria-label={label} className="flex flex-wrap gap-2 px-1">
      {queries.map((query, i) => (
        <div
          key={query}
          id={optionId(listId, i)}
          role="option"
          aria-selected={i === active}
          className="cursor-pointer rounded-full border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 aria-selected:border-brand-600 aria-selected:bg-brand-50 dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-selected:bg-slate-800"
          onClick={() => onChoose(query)}
        >
          {query}
        </div>
      ))}
    </div>
  );
}
