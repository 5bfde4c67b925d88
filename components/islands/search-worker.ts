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
  engine.search(message.query, message.options, () => newest !== id).then(
    (response) => reply({ id: message.id, response }),
    (error: unknown) => reply({ id: message.id, error: String(error) }),
  );
});
