/** A worker thread of scripts/strip-client-runtime.ts (see scripts/html/page-pool.ts). */
import { servePages } from '../html/page-pool';
import { stripPage } from './strip-page';

await servePages(stripPage);
