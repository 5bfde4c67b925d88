/**
 * Renders the 1200 × 630 share images into public/og/ before `next build`, so
 * out/og/ holds them. public/og/ is cleared first, so images of removed
 * articles do not linger. An image whose card and renderer did not change
 * since an earlier build is copied from .cache/share-images/ instead of
 * rendered again (lib/share/share-image-cache.ts); the rest render on one
 * worker thread per core (scripts/share-images/render-worker.ts on scripts/worker-pool.ts).
 * SHARE_IMAGES_CACHE=off renders everything.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { planShareImages } from '../lib/share/share-cards';
import { ShareImageCache } from '../lib/share/share-image-cache';
import { runPool } from './worker-pool';

const publicDir = path.join(process.cwd(), 'public');
const started = Date.now();
rmSync(path.join(publicDir, 'og'), { recursive: true, force: true });
const cache =
  process.env.SHARE_IMAGES_CACHE === 'off'
    ? undefined
    : new ShareImageCache(path.join(process.cwd(), '.cache', 'share-images'), readFileSync(path.join(process.cwd(), 'lib', 'share', 'share-image.tsx'), 'utf8'));
const planned = planShareImages();
let bytes = 0;
function write(file: string, png: Buffer) {
  const target = path.join(publicDir, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, png);
  bytes += png.length;
}
const toRender = planned.filter(({ file, card }) => {
  const cached = cache?.get(card);
  if (cached) write(file, cached);
  return !cached;
});
await runPool<(typeof toRender)[number], Uint8Array>(new URL('./share-images/render-worker.ts', import.meta.url), toRender, {
  describe: ({ card }) => `share image for "${card.title}"`,
  onResult: (png, { file, card }) => {
    const image = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
    cache?.set(card, image);
    write(file, image);
  },
});
console.log(
  `Share images: ${planned.length} (${toRender.length} rendered, ${planned.length - toRender.length} unchanged from the cache; ${(bytes / 1024 / planned.length).toFixed(0)} KB on average) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
