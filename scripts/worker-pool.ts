import os from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * One worker thread per core working through a list of independent tasks
 * (the pages of out/ in the post-build steps, the share images before
 * `next build`): each worker is sent the next task as soon as it answers the
 * last, so a slow task does not hold the others up.
 *
 * `module` is the worker's TypeScript file, which calls `serveTasks`. It is
 * started through worker-pool/boot.mjs, which registers tsx first: worker
 * threads do not inherit tsx's loader from the parent's flags on Node 20.
 * `context` is sent to every worker once, when it starts. The first task
 * that fails rejects the promise with the worker's message, prefixed by
 * `describe(task)` when given, and the other workers are stopped.
 */
export interface PoolOptions<Task, Result> {
  context?: unknown;
  /** Called on the main thread with each task's result as it arrives (in no particular order). */
  onResult: (result: Result, task: Task, index: number) => void;
  /** How a failed task is named in the error (default: the worker's message alone). */
  describe?: (task: Task) => string;
  /** Worker threads (default: one per core); never more than there are tasks. */
  size?: number;
}

type Reply<Result> = { index: number; result: Result } | { index: number; error: string };

export async function runPool<Task, Result>(module: URL, tasks: readonly Task[], options: PoolOptions<Task, Result>): Promise<void> {
  if (tasks.length === 0) return;
  const size = Math.max(1, Math.min(options.size ?? os.availableParallelism(), tasks.length));
  const workers = Array.from(
    { length: size },
    () => new Worker(new URL('./worker-pool/boot.mjs', import.meta.url), { workerData: { module: module.href, context: options.context } }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= tasks.length) return resolve();
              const index = next++;
              worker.postMessage({ index, task: tasks[index] });
            };
            worker.on('message', (reply: Reply<Result>) => {
              const task = tasks[reply.index]!;
              if ('error' in reply) return reject(new Error(options.describe ? `${options.describe(task)}: ${reply.error}` : reply.error));
              try {
                options.onResult(reply.result, task, reply.index);
              } catch (error) {
                return reject(error);
              }
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < tasks.length || code !== 0) reject(new Error(`a worker of ${module.pathname} stopped (exit code ${code}) before the tasks were done`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** The worker's side: answers each task it is sent with `work(task, context)`'s result, or the error's message. */
export async function serveTasks<Context, Task, Result>(work: (task: Task, context: Context) => Result | Promise<Result>): Promise<void> {
  const { parentPort, workerData } = await import('node:worker_threads');
  if (!parentPort) throw new Error('this module runs as a worker thread of scripts/worker-pool.ts (runPool)');
  const port = parentPort;
  const context = (workerData as { context: Context }).context;
  port.on('message', async ({ index, task }: { index: number; task: Task }) => {
    try {
      port.postMessage({ index, result: await work(task, context) });
    } catch (error) {
      port.postMessage({ index, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
