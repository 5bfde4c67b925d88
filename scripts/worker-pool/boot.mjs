// Worker threads do not inherit tsx's loader from the parent's flags on Node 20: this plain module registers it, then loads the TypeScript worker it is given (scripts/worker-pool.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
