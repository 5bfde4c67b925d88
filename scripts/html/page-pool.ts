import os from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * The post-build steps rewrite every page of out/ (about 700 at ten times the
 * content, 125 MB as Next writes them) and each page is independent of the
 * others, so they are shared out over one worker thread per core. `module` is
 * the worker's TypeScript file (started through pool-boot.mjs, which
 * registers tsx); it answers each page with a result or an error message, and
 * the first error rejects, naming the page.
 */
export async function overPages<Result>(
  module: URL,
  files: string[],
  context: unknown,
  onResult: (file: string, result: Result) => void,
  size = os.availableParallelism(),
): Promise<void> {
  if (files.length === 0) return;
  const workers = Array.from(
    { length: Math.max(1, Math.min(size, files.length)) },
    () => new Worker(new URL('./pool-boot.mjs', import.meta.url), { workerData: { module: module.href, context } }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= files.length) return resolve();
              worker.postMessage(files[next++]);
            };
            worker.on('message', (reply: { file: string; result: Result } | { file: string; error: string }) => {
              if ('error' in reply) return reject(new Error(reply.error));
              onResult(reply.file, reply.result);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** The worker's side: answers each page it is sent with `work(file)`'s result, or the error's message. */
export async function servePages<Context, Result>(work: (file: string, context: Context) => Result): Promise<void> {
  const { parentPort, workerData } = await import('node:worker_threads');
  if (!parentPort) throw new Error('a page worker runs as a worker thread of a post-build step (scripts/html/page-pool.ts)');
  const port = parentPort;
  const context = (workerData as { context: Context }).context;
  port.on('message', (file: string) => {
    try {
      port.postMessage({ file, result: work(file, context) });
    } catch (error) {
      port.postMessage({ file, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
