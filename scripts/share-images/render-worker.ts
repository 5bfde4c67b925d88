/**
 * A worker thread of scripts/build-share-images.ts: renders the cards it is
 * sent, one at a time, and sends each PNG back. Fonts are loaded once per
 * worker, on its first card.
 */
import { parentPort } from 'node:worker_threads';
import { renderShareImage, type ShareCard } from '../../lib/share/share-image';

if (!parentPort) throw new Error('scripts/share-images/render-worker.ts runs as a worker thread of scripts/build-share-images.ts');
const port = parentPort;

port.on('message', async ({ id, card }: { id: number; card: ShareCard }) => {
  try {
    port.postMessage({ id, png: await renderShareImage(card) });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
