import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '../i18n/locales';
import { type FetchJson, ShardSearch } from './shard-search';

/**
 * The shipped search, run in Node over the built index files, for the
 * benchmark (scripts/bench-search.ts) and tests: the same ShardSearch the
 * browser runs, reading files instead of fetching them, so recall is measured
 * on exactly what ships. indexDir is the folder holding search/<locale>/
 * (public/ after `npm run search:index`, or out/ after a build).
 */
export const DEFAULT_INDEX_DIR = path.join(process.cwd(), 'public');

const opened = new Map<string, Promise<ShardSearch>>();

export function fileFetcher(indexDir: string): FetchJson {
  return async <T>(publicPath: string) => JSON.parse(await readFile(path.join(indexDir, publicPath), 'utf8')) as T;
}

export function openSearch(locale: Locale, indexDir = DEFAULT_INDEX_DIR): Promise<ShardSearch> {
  const key = `${indexDir}\0${locale}`;
  let search = opened.get(key);
  if (!search) {
    search = ShardSearch.open(locale, fileFetcher(indexDir));
    opened.set(key, search);
  }
  return search;
}

/** The result page URLs for a query, best first, and the corrected query when a correction was used. */
export async function searchUrls(locale: Locale, query: string, limit: number, indexDir?: string): Promise<{ urls: string[]; corrected?: string }> {
  const search = await openSearch(locale, indexDir);
  const response = await search.search(query, { limit, hitsPerPage: 1 });
  const urls = response.groups.map((group) => group.url);
  return response.corrected === undefined ? { urls } : { urls, corrected: response.corrected };
}
