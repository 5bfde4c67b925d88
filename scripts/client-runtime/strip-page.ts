import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isHydratedIsland } from '../../components/islands/hydrated';
import { parseSource } from '../html/source-html';
import type { IslandsManifest } from '../islands/preloads';
import { clientComponentsOnPage, stripClientRuntime, withModulePreloads } from './strip';

export interface StripContext {
  outDir: string;
  /** Our client components by exported name (clientComponentNames). */
  ours: Map<string, string>;
  manifest: IslandsManifest;
}

/** What became of one page: no runtime to remove, kept for the client components it renders, or stripped. */
export type StripResult = { kind: 'none' } | { kind: 'kept'; components: string[] } | { kind: 'stripped'; before: number; after: number };

/** One page of scripts/strip-client-runtime.ts, rewritten in place. */
export function stripPage(file: string, { outDir, ours, manifest }: StripContext): StripResult {
  const html = readFileSync(file, 'utf8');
  if (!html.includes('/_next/static/chunks/') || !html.includes('<script')) return { kind: 'none' };
  // Parsed once for both questions asked of the page as Next wrote it, and once more after stripping.
  const source = parseSource(html);
  // Components the islands script hydrates itself do not need Next's runtime.
  const components = clientComponentsOnPage(html, ours, source).filter((name) => !isHydratedIsland(name));
  if (components.length > 0) return { kind: 'kept', components };
  const page = path.relative(outDir, file);
  const stripped = withModulePreloads(stripClientRuntime(html, page, source), page, manifest.site, manifest.islands);
  writeFileSync(file, stripped);
  return { kind: 'stripped', before: Buffer.byteLength(html), after: Buffer.byteLength(stripped) };
}
