import type { Locale } from '@/lib/i18n/locales';
import { type ManifestFile, manifestPath } from '@/lib/search/shard-format';
import type { SearchOptions, ShardSearchResponse } from '@/lib/search/shard-search';
import type { FromWorker, ToWorker } from './search-protocol';

/** What the search box needs of an engine: the worker client below, or a ShardSearch itself. */
export interface SearchEngine {
  search(query: string, options: SearchOptions): Promise<ShardSearchResponse>;
}

/** Ids are unique per page, so clients of both languages can share one worker. */
let lastId = 0;

/** Searches in the search worker (components/islands/search-worker.ts), answering each call with the reply of the same id. */
class WorkerSearch implements SearchEngine {
  private readonly pending = new Map<number, { resolve: (response: ShardSearchResponse) => void; reject: (error: Error) => void }>();
  private broken: Error | null = null;

  constructor(
    private readonly worker: Worker,
    private readonly locale: Locale,
  ) {
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const call = this.pending.get(event.data.id);
      if (!call) return;
      this.pending.delete(event.data.id);
      if ('error' in event.data) call.reject(new Error(event.data.error));
      else call.resolve(event.data.response);
    });
    // The worker's script failed to load, or the worker died: every call in flight fails, and "try again" opens a new one.
    worker.addEventListener('error', () => {
      this.broken = new Error('the search worker stopped');
      for (const call of this.pending.values()) call.reject(this.broken);
      this.pending.clear();
      opened.delete(worker);
    });
  }

  search(query: string, options: SearchOptions): Promise<ShardSearchResponse> {
    if (this.broken) return Promise.reject(this.broken);
    const id = ++lastId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({ type: 'search', id, locale: this.locale, query, options });
    });
  }

  post(message: ToWorker) {
    this.worker.postMessage(message);
  }
}

const opened = new Map<Worker, Map<Locale, Promise<SearchEngine>>>();

async function fetchManifest(locale: Locale): Promise<ManifestFile> {
  // Fetched here rather than in the worker: this request matches the page's preload, started with the shortcut.
  const response = await fetch(manifestPath(locale));
  if (!response.ok) throw new Error(`${manifestPath(locale)} answered ${response.status}`);
  return (await response.json()) as ManifestFile;
}

/** Search over one language's split index in `worker`, opened once per worker and language; a failure may be retried. */
export function openBrowserSearch(locale: Locale, worker: Worker): Promise<SearchEngine> {
  const byLocale = opened.get(worker) ?? new Map<Locale, Promise<SearchEngine>>();
  opened.set(worker, byLocale);
  let engine = byLocale.get(locale);
  if (!engine) {
    engine = fetchManifest(locale).then((manifest) => {
      const client = new WorkerSearch(worker, locale);
      client.post({ type: 'open', locale, manifest });
      return client;
    });
    engine.catch(() => byLocale.delete(locale));
    byLocale.set(locale, engine);
  }
  return engine;
}
