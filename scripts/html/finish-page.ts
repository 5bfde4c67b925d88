/**
 * Everything the build does to one page of out/ after `next build`, in one
 * pass: remove Next's client runtime where the page needs none and preload
 * the island chunks instead (scripts/client-runtime/strip.ts), write the
 * page's Content-Security-Policy (scripts/csp/), then write its .gz and .br
 * (scripts/precompress.ts). These were three steps that each read, parsed
 * and wrote every page (and parsed it three times, the stripped page again);
 * together each page is read, parsed and written once. The result is byte for
 * byte what the separate steps wrote (finish-page.test.ts checks it against
 * them on scripts/html/fixtures/).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isHydratedIsland } from '../../components/islands/hydrated';
import { assertNoRuntimeLeft, clientComponentsOnPage, modulePreloadsEdit, runtimeElements } from '../client-runtime/strip';
import { inlineHashes, policyMetaEdits } from '../csp/html';
import { pagePolicy } from '../csp/policy';
import type { IslandsManifest } from '../islands/preloads';
import { type Compressed, CompressedCache, compressFile, shouldCompress } from '../precompress';
import { applyEdits, type Edit, type Element, parseSource, sourceRange } from './source-html';

export interface FinishContext {
  outDir: string;
  /** Our client components by exported name (clientComponentNames). */
  ours: Map<string, string>;
  manifest: IslandsManifest;
  /** Where compressed copies are kept between builds (see scripts/precompress.ts); none compresses every page anew. */
  cacheDir?: string;
  /** False leaves compression to a later run of scripts/precompress.ts. */
  compress: boolean;
}

/** What became of a page's runtime: none to remove, kept for the client components it renders, or removed. */
export type StripOutcome = { kind: 'none' } | { kind: 'kept'; components: string[] } | { kind: 'stripped'; before: number; after: number };

export interface FinishResult {
  strip: StripOutcome;
  /** The page's inline script hashes, for the site-wide comparison. */
  scripts: string[];
  policyBytes: number;
  compressed?: Compressed;
}

/**
 * The finished page: runtime removed (when no client component needs it),
 * island preloads and the policy written, all as edits of one parse of the
 * page as Next wrote it. The runtime's elements are removed whole, so the
 * elements left are those a parse of the stripped page would find, with the
 * same text: the policy hashes them, skipping the removed ones, and goes
 * where it would go in the stripped page.
 */
export function finishHtml(html: string, page: string, { ours, manifest }: Pick<FinishContext, 'ours' | 'manifest'>): Omit<FinishResult, 'compressed'> & { html: string } {
  const source = parseSource(html);
  let strip: StripOutcome = { kind: 'none' };
  let removed = new Set<Element>();
  const stripEdits: Edit[] = [];
  if (html.includes('/_next/static/chunks/') && html.includes('<script')) {
    // Components the islands script hydrates itself do not need Next's runtime.
    const components = clientComponentsOnPage(html, ours, source).filter((name) => !isHydratedIsland(name));
    if (components.length > 0) strip = { kind: 'kept', components };
    else {
      const runtime = runtimeElements(source);
      removed = new Set(runtime);
      const removals = runtime.map((element): Edit => ({ ...sourceRange(element), text: '' }));
      const stripped = applyEdits(html, removals);
      assertNoRuntimeLeft(stripped, page);
      const preloads = modulePreloadsEdit(html, page, manifest.site, manifest.islands, source);
      stripEdits.push(...removals, preloads);
      strip = { kind: 'stripped', before: Buffer.byteLength(html), after: Buffer.byteLength(stripped) + Buffer.byteLength(preloads.text) };
    }
  }
  // The preloads add no script or style, so the policy of the page without them is the policy of the page with them.
  const hashes = inlineHashes(html, source, removed);
  const policy = pagePolicy(hashes);
  // The policy's edits first: where both insert at one offset (an empty head), the meta tag must come before the links, as the separate steps wrote it.
  const finished = applyEdits(html, [...policyMetaEdits(policy, source, removed), ...stripEdits]);
  return { html: finished, strip, scripts: hashes.scripts, policyBytes: policy.length };
}

/** One page, rewritten in place, with its .gz and .br beside it when `compress`. */
export function finishPage(file: string, context: FinishContext): FinishResult {
  const { html, ...result } = finishHtml(readFileSync(file, 'utf8'), path.relative(context.outDir, file), context);
  const data = Buffer.from(html);
  writeFileSync(file, data);
  if (!context.compress || !shouldCompress(file, data.length)) return result;
  return { ...result, compressed: compressFile(file, data, context.cacheDir ? new CompressedCache(context.cacheDir) : undefined) };
}
