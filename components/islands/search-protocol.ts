import type { Locale } from '@/lib/i18n/locales';
import type { ManifestFile } from '@/lib/search/shard-format';
import type { SearchOptions, ShardSearchResponse } from '@/lib/search/shard-search';

/**
 * The messages between the page and the search worker
 * (components/islands/search-worker.ts). The page fetches each language's
 * manifest (its preload is the page's, which a worker cannot use) and sends it
 * once; the worker fetches shards and sections, ranks and builds excerpts, and
 * answers each search by its id.
 */
export type ToWorker =
  | { type: 'open'; locale: Locale; manifest: ManifestFile }
  | { type: 'search'; id: number; locale: Locale; query: string; options: SearchOptions };

export type FromWorker = { id: number; response: ShardSearchResponse } | { id: number; error: string };
