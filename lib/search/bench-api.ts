import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n/locales';
import { buildSearchIndex } from './build-index';
import { SearchEngine } from './engine';
import { searchIndexPath, type SearchIndexFile } from './index-format';

/**
 * What the search benchmark (scripts/bench-search.ts) asks of the engine, in
 * Node: the page URLs of the first results for a query, and the corrected query
 * when the engine searched for something else than what was typed. The engine
 * behind it may change; this signature stays.
 */
const engines = new Map<string, SearchEngine>();

/** The index the site ships (written by `npm run search:index` into public/, copied to out/). */
function readIndexFile(locale: Locale, indexDir: string): SearchIndexFile | undefined {
  const file = path.join(indexDir, path.basename(searchIndexPath(locale)));
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SearchIndexFile) : undefined;
}

function engineFor(locale: Locale, indexDir?: string): SearchEngine {
  const key = `${locale}\0${indexDir ?? ''}`;
  let engine = engines.get(key);
  if (!engine) {
    // Without a folder, the index is built from the content the loader reads (ATLAS_CONTENT_DIR or content/).
    const file = indexDir ? readIndexFile(locale, indexDir) : buildSearchIndex(locale);
    if (!file) throw new Error(`no search index for ${locale} in ${indexDir}: build the site (or run \`npm run search:index\`) first`);
    engine = SearchEngine.load(file);
    engines.set(key, engine);
  }
  return engine;
}

export async function searchUrls(locale: 'en' | 'ko', query: string, limit: number, indexDir?: string): Promise<{ urls: string[]; corrected?: string }> {
  const response = engineFor(locale, indexDir).search(query, { limit });
  return { urls: response.groups.map((group) => group.url) };
}
