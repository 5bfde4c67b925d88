import type { Locale } from '../i18n/locales';
import type { SearchEngine } from './engine';
import { searchIndexPath } from './index-format';

/**
 * Loads the engine for a language once per page: the engine module (with
 * FlexSearch and es-hangul) is a separate chunk imported here, and the index
 * JSON is fetched here, so neither is downloaded until search is opened.
 */
const engines = new Map<Locale, Promise<SearchEngine>>();

export function loadSearchEngine(locale: Locale): Promise<SearchEngine> {
  let engine = engines.get(locale);
  if (!engine) {
    engine = (async () => {
      const [{ SearchEngine }, response] = await Promise.all([import('./engine'), fetch(searchIndexPath(locale))]);
      if (!response.ok) throw new Error(`search index ${searchIndexPath(locale)} answered ${response.status}`);
      return SearchEngine.loadInSlices(await response.json());
    })();
    // A failed load may be retried (the reader's connection may come back).
    engine.catch(() => engines.delete(locale));
    engines.set(locale, engine);
  }
  return engine;
}
