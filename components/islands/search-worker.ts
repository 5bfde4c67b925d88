import type { Locale } from '@/lib/i18n/locales';
import { ShardSearch } from '@/lib/search/shard-search';
import type { FromWorker, ToWorker } from './search-protocol';

/**
 * The search worker: the split index's reader (lib/search/shard-search.ts)
 * off the page's main thread, as Pagefind runs its own. Ranking, expanding a
 * query, decoding postings and cutting excerpts take tens of milliseconds on
 * a slow phone; here they no longer delay the keystrokes being typed.
 * Bundled on its own by scripts/build-islands.ts.
 */
// The worker's global scope, typed as much as this file uses (the WebWorker lib would clash with the DOM lib the project compiles with).
const scope = globalThis as unknown as {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
};

const engines = new Map<Locale, ShardSearch>();
/** The newest search asked for: an older one still under way stops before fetching its sections. */
let newest = 0;

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

const reply = (message: FromWorker) => scope.postMessage(message);

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'open') {
    if (!engines.has(message.locale)) engines.set(message.locale, ShardSearch.fromManifest(message.locale, message.manifest, fetchJson));
    return;
  }
  const engine = engines.get(message.locale);
  if (!engine) {
    reply({ id: message.id, error: `search for ${message.locale} was not opened` });
    return;
  }
  newest = message.id;
  const { id } = message;
  const isStale = () => newest !== id;
  // Let searches already queued behind this one arrive first: of a burst of keys, only the newest is searched.
  setTimeout(() => {
    if (isStale()) {
      reply({ id, response: { groups: [], partial: false, empty: false, stale: true } });
      return;
    }
    engine.search(message.query, message.options, isStale).then(
      (response) => reply({ id, response }),
      (error: unknown) => reply({ id, error: String(error) }),
    );
  }, 0);
});
