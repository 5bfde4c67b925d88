/** A worker thread of scripts/csp.ts (see scripts/html/page-pool.ts). */
import { servePages } from '../html/page-pool';
import { cspPage } from './page';

await servePages(cspPage);
