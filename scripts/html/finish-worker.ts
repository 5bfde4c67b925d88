/** A worker thread of scripts/finish-pages.ts (see scripts/worker-pool.ts). */
import { serveTasks } from '../worker-pool';
import { finishPage } from './finish-page';

await serveTasks(finishPage);
