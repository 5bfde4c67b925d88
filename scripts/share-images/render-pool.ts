import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from '../../lib/share/share-image';

type Reply = { id: number; png: Uint8Array; error?: undefined } | { id: number; error: string };

/**
 * Renders cards on `size` worker threads (one per core by default), so a
 * build with hundreds of new share images uses every core. Each worker starts
 * from worker-boot.mjs, which registers tsx, so it runs the TypeScript
 * renderer as it is. `onImage` gets each PNG as it is done; the promise rejects on the
 * first card that fails, naming its title.
 */
export async function renderInPool(cards: ShareCard[], onImage: (index: number, png: Buffer) => void, size = os.availableParallelism()): Promise<void> {
  if (cards.length === 0) return;
  const workers = Array.from({ length: Math.max(1, Math.min(size, cards.length)) }, () => new Worker(new URL('./worker-boot.mjs', import.meta.url)));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= cards.length) return resolve();
              const id = next++;
              worker.postMessage({ id, card: cards[id] });
            };
            worker.on('message', (reply: Reply) => {
              if (reply.error !== undefined) return reject(new Error(`share image for "${cards[reply.id]!.title}": ${reply.error}`));
              onImage(reply.id, Buffer.from(reply.png));
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
