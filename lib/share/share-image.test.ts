import { PNG } from 'pngjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderShareImage, type ShareCard } from './share-image';

const base: ShareCard = { locale: 'ko', kicker: '오케스트레이터', title: '쿠버네티스', summary: '컨테이너 오케스트레이터입니다.', badge: { status: 'active', label: '활성' }, address: 'atlas.example.org/ko/tech/kubernetes/' };

/** The pixels of the title's first glyph box, as a string to compare, plus how many are dark. */
function titleGlyph(png: PNG): { pixels: string; ink: number } {
  const values: number[] = [];
  let ink = 0;
  for (let y = 140; y < 240; y++) {
    for (let x = 72; x < 160; x++) {
      const i = (y * png.width + x) * 4;
      const dark = png.data[i]! < 128 && png.data[i + 1]! < 128 && png.data[i + 2]! < 128;
      values.push(dark ? 1 : 0);
      if (dark) ink++;
    }
  }
  return { pixels: values.join(''), ink };
}

afterEach(() => vi.unstubAllGlobals());

// Rendering parses two 1.5 MB fonts and runs resvg in WebAssembly: slow on a busy machine, so a generous timeout.
describe('renderShareImage', { timeout: 60_000 }, () => {
  it('makes a 1200 × 630 PNG', async () => {
    const png = PNG.sync.read(await renderShareImage(base));
    expect([png.width, png.height]).toEqual([1200, 630]);
  });

  it('draws Korean with the bundled font: distinct syllables give distinct, inked glyphs, and no font is fetched', async () => {
    // A missing glyph would come out as identical empty boxes ("tofu"), or be fetched from the network.
    const fetch = vi.fn(() => Promise.reject(new Error('no network in this test')));
    vi.stubGlobal('fetch', fetch);
    const glyphs = [];
    for (const title of ['가', '뷁', '쿠']) glyphs.push(titleGlyph(PNG.sync.read(await renderShareImage({ ...base, title }))));
    expect(fetch).not.toHaveBeenCalled();
    for (const glyph of glyphs) expect(glyph.ink).toBeGreaterThan(300);
    expect(new Set(glyphs.map((g) => g.pixels)).size).toBe(3);
  });

  it('leaves the title box nearly empty for a full stop, so the ink threshold above means something', async () => {
    expect(titleGlyph(PNG.sync.read(await renderShareImage({ ...base, title: '.' }))).ink).toBeLessThan(300);
  });

  it('draws an article’s lane where its years fall on the chart, in its state’s colour', async () => {
    const lane = { from: 2008, to: 2028, start: 2013, end: 2018, state: 'retired' as const, label: '2013 – 2018' };
    const png = PNG.sync.read(await renderShareImage({ ...base, lane }));
    // Find the lane's row: the grey track spans the content width; the bar covers 2013–2018, a quarter of it from a quarter in.
    const pixel = (x: number, y: number) => Array.from(png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3));
    const row = Array.from({ length: 630 }, (_, y) => y).find((y) => pixel(72 + 1056 / 2, y).join() === '226,232,240');
    expect(row, 'the lane track').toBeDefined();
    expect(pixel(72 + Math.round(1056 * 0.375), row!)).toEqual([100, 116, 139]);
    expect(pixel(72 + Math.round(1056 * 0.1), row!)).toEqual([226, 232, 240]);
  });
});
