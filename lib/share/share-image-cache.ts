import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ShareCard } from './share-image';

/**
 * A folder of rendered share images keyed by what they were rendered from:
 * the card's texts and the renderer's own source. A build re-renders only the
 * cards whose inputs changed (at ten times the content, rendering them all is
 * most of a minute). Kept out of git (.cache/ in .gitignore); deleting it is
 * always safe.
 */
export class ShareImageCache {
  constructor(
    private readonly dir: string,
    private readonly rendererSource: string,
  ) {}

  key(card: ShareCard): string {
    return createHash('sha256').update(this.rendererSource).update('\0').update(JSON.stringify(card)).digest('hex').slice(0, 32);
  }

  get(card: ShareCard): Buffer | undefined {
    const file = path.join(this.dir, `${this.key(card)}.png`);
    return existsSync(file) ? readFileSync(file) : undefined;
  }

  set(card: ShareCard, png: Buffer): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(path.join(this.dir, `${this.key(card)}.png`), png);
  }
}
