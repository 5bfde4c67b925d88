/**
 * Everything the build does to one page of out/ after `next build`, in one
 * pass: remove Next's client runtime where the page needs none and preload
 * the island chunks instead (scripts/client-runtime/strip.ts), write the
 * page's Content-Security-Policy (scripts/csp/), then write its .gz and .br
 * (scripts/precompress.ts). These were three steps that each read, parsed
 * and wrote every page; together each page is read and written once and
 * parsed once, or twice when the runtime is removed (the stripped page is
 * parsed again, so the policy hashes the scripts left exactly as a browser
 * sees them). The result is byte for byte what the separate steps wrote
 * (finish-page.test.ts checks it against them).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isHydratedIsland } from '../../components/islands/hydrated';
import { clientComponentsOnPage, modulePreloadsEdit, stripClientRuntime } from '../client-runtime/strip';
import { inlineHashes, policyMetaEdits } from '../csp/html';
import { pagePolicy } from '../csp/policy';
import type { IslandsManifest } from '../islands/preloads';
import { type Compressed, CompressedCache, compressFile, shouldCompress } from '../precompress';
import { applyEdits, type Edit, parseSource } from './source-html';

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

/** The finished page: runtime removed (when no client component needs it), island preloads and the policy written. */
export function finishHtml(html: string, page: string, { ours, manifest }: Pick<FinishContext, 'ours' | 'manifest'>): Omit<FinishResult, 'compressed'> & { html: string } {
  let strip: StripOutcome = { kind: 'none' };
  let text = html;
  let source = parseSource(html);
  const extra: Edit[] = [];
  if (html.includes('/_next/static/chunks/') && html.includes('<script')) {
    // Components the islands script hydrates itself do not need Next's runtime.
    const components = clientComponentsOnPage(html, ours, source).filter((name) => !isHydratedIsland(name));
    if (components.length > 0) strip = { kind: 'kept', components };
    else {
      text = stripClientRuntime(html, page, source);
      source = parseSource(text);
      const preloads = modulePreloadsEdit(text, page, manifest.site, manifest.islands, source);
      extra.push(preloads);
      strip = { kind: 'stripped', before: Buffer.byteLength(html), after: Buffer.byteLength(text) + Buffer.byteLength(preloads.text) };
    }
  }
  // The preloads add no script or style, so the policy of the page without them is the policy of the page with them.
  const hashes = inlineHashes(text, source);
  const policy = pagePolicy(hashes);
  // The policy's edits first: where both insert at one offset (an empty head), the meta tag must come before the links, as the separate steps wrote it.
  const finished = applyEdits(text, [...policyMetaEdits(policy, source), ...extra]);
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
