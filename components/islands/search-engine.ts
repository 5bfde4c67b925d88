import type { Locale } from '@/lib/i18n/locales';
import { ShardSearch } from '@/lib/search/shard-search';

const opened = new Map<Locale, Promise<ShardSearch>>();

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The search over one language's split index, opened once per page (its manifest fetched); a failure may be retried. */
export function openBrowserSearch(locale: Locale): Promise<ShardSearch> {
  let search = opened.get(locale);
  if (!search) {
    search = ShardSearch.open(locale, fetchJson);
    search.catch(() => opened.delete(locale));
    opened.set(locale, search);
  }
  return search;
}
