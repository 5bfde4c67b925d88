/**
 * Renders the 1200 × 630 share images into public/og/ before `next build`, so
 * out/og/ holds them. public/og/ is cleared first, so images of removed
 * articles do not linger. All of them render in a few seconds.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { planShareImages } from '../lib/share/share-cards';
import { renderShareImage } from '../lib/share/share-image';

const publicDir = path.join(process.cwd(), 'public');
const started = Date.now();
rmSync(path.join(publicDir, 'og'), { recursive: true, force: true });
const planned = planShareImages();
let bytes = 0;
for (const { file, card } of planned) {
  const target = path.join(publicDir, file);
  const png = await renderShareImage(card);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, png);
  bytes += png.length;
}
console.log(`Share images: ${planned.length} rendered (${(bytes / 1024 / planned.length).toFixed(0)} KB on average) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
