import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ShareCard } from './share-image';
import { ShareImageCache } from './share-image-cache';

const card: ShareCard = { locale: 'en', kicker: 'Orchestrator', title: 'Kubernetes', summary: 'Runs containers.', address: 'example.org/en/tech/kubernetes/' };

describe('the share image cache', () => {
  it('returns an image only for the same card rendered by the same renderer', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'og-cache-'));
    const cache = new ShareImageCache(dir, 'renderer v1');
    expect(cache.get(card)).toBeUndefined();
    cache.set(card, Buffer.from('png bytes'));
    expect(cache.get(card)?.toString()).toBe('png bytes');
    expect(cache.get({ ...card, title: 'Kubernetes (copy 2)' })).toBeUndefined();
    expect(new ShareImageCache(dir, 'renderer v2').get(card)).toBeUndefined();
  });
});
