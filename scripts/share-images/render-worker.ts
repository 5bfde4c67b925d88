/**
 * A worker thread of scripts/build-share-images.ts (see scripts/worker-pool.ts):
 * renders each card it is sent into a PNG. Fonts are loaded once per worker,
 * on its first card.
 */
import { renderShareImage, type ShareCard } from '../../lib/share/share-image';
import { serveTasks } from '../worker-pool';

await serveTasks(({ card }: { card: ShareCard }) => renderShareImage(card));
