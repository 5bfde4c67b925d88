import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { isHydratedIsland } from '../../components/islands/hydrated';
import { clientComponentsOnPage, stripClientRuntime, withModulePreloads } from '../client-runtime/strip';
import { inlineHashes, withPolicyMeta } from '../csp/html';
import { pagePolicy } from '../csp/policy';
import type { IslandsManifest } from '../islands/preloads';
import { CompressedCache } from '../precompress';
import { runPool } from '../worker-pool';
import { type FinishContext, type FinishResult, finishHtml, finishPage } from './finish-page';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const pages = readdirSync(fixtures).filter((name) => name.endsWith('.html'));
const ours = new Map([
  ['CompareExplorer', 'components/compare/compare-explorer.tsx'],
  ['CopyLinkButton', 'components/ui/copy-link-button.tsx'],
]);
const manifest: IslandsManifest = { site: ['/islands/site-CBNAR7SQ.js', '/islands/chunk-A1.js'], islands: { CompareExplorer: ['/islands/compare-Q2.js', '/islands/chunk-A1.js'] } };

/**
 * The page as the three separate steps wrote it before they were one: runtime
 * stripping (parse, strip, parse again for the preloads), then the CSP step
 * (a fresh parse of the result), each with the library functions as they are.
 */
function separateSteps(html: string, page: string): string {
  let stripped = html;
  if (html.includes('/_next/static/chunks/') && html.includes('<script')) {
    const components = clientComponentsOnPage(html, ours).filter((name) => !isHydratedIsland(name));
    if (components.length === 0) stripped = withModulePreloads(stripClientRuntime(html, page), page, manifest.site, manifest.islands);
  }
  return withPolicyMeta(stripped, pagePolicy(inlineHashes(stripped)));
}

describe('finishHtml', () => {
  it.each(pages)('gives %s byte for byte what the separate steps gave', (name) => {
    const html = readFileSync(path.join(fixtures, name), 'utf8');
    const finished = finishHtml(html, name, { ours, manifest });
    expect(finished.html).toBe(separateSteps(html, name));
  });

  it('says what became of each page', () => {
    const outcome = (name: string) => finishHtml(readFileSync(path.join(fixtures, name), 'utf8'), name, { ours, manifest });
    expect(outcome('article.html').strip.kind).toBe('stripped');
    expect(outcome('compare.html').strip.kind).toBe('stripped');
    expect(outcome('kept.html').strip).toEqual({ kind: 'kept', components: ['CopyLinkButton'] });
    expect(outcome('alias.html').strip).toEqual({ kind: 'none' });
    const article = outcome('article.html');
    expect(article.strip).toMatchObject({ after: Buffer.byteLength(article.html) - article.policyBytes - '<meta http-equiv="Content-Security-Policy" content=""/>'.length });
    // The theme script and the JSON-LD stay, so the policy allows both; the RSC payload is gone.
    expect(article.scripts).toHaveLength(2);
    expect(article.html).toContain('<link rel="modulepreload" href="/islands/site-CBNAR7SQ.js"/><link rel="modulepreload" href="/islands/chunk-A1.js"/></head>');
    expect(outcome('compare.html').html).toContain('href="/islands/compare-Q2.js"');
  });

  it('puts the policy before the preloads when the head held nothing else', () => {
    const { html } = finishHtml(readFileSync(path.join(fixtures, 'runtime-only-head.html'), 'utf8'), 'x', { ours, manifest });
    expect(html).toMatch(/<head><meta http-equiv="Content-Security-Policy" content="[^"]+"\/><link rel="modulepreload"/);
  });

  it('fails naming the page when an island is not in the manifest', () => {
    const html = readFileSync(path.join(fixtures, 'compare.html'), 'utf8');
    expect(() => finishHtml(html, 'en/compare/index.html', { ours, manifest: { site: [], islands: {} } })).toThrowErrorMatchingInlineSnapshot(
      `[Error: en/compare/index.html: island CompareExplorer is not in the islands manifest; run \`npm run islands:build\` (part of \`npm run build\`).]`,
    );
  });
});

// Starting worker threads (each registers tsx) takes seconds on a loaded machine.
describe('finishPage on the worker pool', { timeout: 60_000 }, () => {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'finish-pages-'));
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'finish-cache-'));
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('rewrites every page in place and writes its .gz and .br, from the cache the second time', async () => {
    const files = pages.map((name) => path.join(outDir, name.replace('.html', ''), 'index.html'));
    const context: FinishContext = { outDir, ours, manifest, cacheDir, compress: true };
    const run = async () => {
      // As Next wrote them: a finished page is not finished again (it would get its preloads twice).
      pages.forEach((name, index) => cpSync(path.join(fixtures, name), files[index]!));
      const results = new Map<string, FinishResult>();
      await runPool<string, FinishResult>(new URL('./finish-worker.ts', import.meta.url), files, { context, size: 2, onResult: (result, file) => results.set(file, result) });
      return results;
    };
    const first = await run();
    for (const [index, file] of files.entries()) {
      const expected = separateSteps(readFileSync(path.join(fixtures, pages[index]!), 'utf8'), path.relative(outDir, file));
      expect(readFileSync(file, 'utf8')).toBe(expected);
      expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(expected);
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(expected);
      expect(first.get(file)!.compressed).toMatchObject({ before: Buffer.byteLength(expected), cached: false });
    }
    // The same pages finish to the same bytes, so their compressed copies now come from the cache.
    const second = await run();
    expect([...second.values()].every((result) => result.compressed?.cached)).toBe(true);
    expect(new CompressedCache(cacheDir).key(readFileSync(files[0]!), 10)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('leaves compression to later with compress: false', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'finish-nocompress-'));
    try {
      const file = path.join(dir, 'index.html');
      cpSync(path.join(fixtures, 'article.html'), file);
      const result = finishPage(file, { outDir: dir, ours, manifest, compress: false });
      expect(result.compressed).toBeUndefined();
      expect(readdirSync(dir)).toEqual(['index.html']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
