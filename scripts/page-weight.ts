import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size of a built file, at the level servers commonly use (6), so figures match what readers download. */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 6 }).length;
}

/** Maps a URL path of the built site to its file in out/. */
export function builtFile(pathname: string, outDir = path.join(process.cwd(), 'out')): string {
  const clean = decodeURIComponent(pathname.split(/[?#]/)[0]!);
  const file = path.join(outDir, clean.endsWith('/') ? `${clean}index.html` : clean);
  if (!file.startsWith(outDir) || !existsSync(file)) throw new Error(`no built file for ${pathname} (looked for ${file})`);
  return file;
}

/** Which budget a page falls under, by its path. */
export function routeType(pathname: string): string {
  if (pathname === '/') return 'language-picker';
  const [, , section] = pathname.split('/');
  if (!section) return 'home';
  if (section === 'tech') return 'article';
  return section;
}

export const KB = 1024;

/**
 * Gzip budgets per route type. Issue #8 set 140 KB of JavaScript for
 * articles and 175 KB for interactive pages; reading pages ship no framework
 * (scripts/client-runtime/strip.ts), so they are held to 10 KB, and issue #15
 * holds interactive pages to 60 KB (the explorers hydrate with Preact's React
 * compatibility layer, scripts/islands/react-aliases.ts) and every page's HTML
 * to 60 KB, articles to 40 KB.
 */
export const BUDGETS = {
  js: { reading: 10 * KB, default: 140 * KB, interactive: 60 * KB },
  css: 20 * KB,
  articleHtml: 40 * KB,
  html: 60 * KB,
} as const;

export const INTERACTIVE_ROUTES = new Set(['compare', 'matrix', 'search']);

/** Pages that are read, not used: no React runs on them, only the islands script (the timeline's filter is one). */
export const READING_ROUTES = new Set(['home', 'article', 'glossary', 'talk', 'timeline']);

export function jsBudget(type: string): number {
  if (READING_ROUTES.has(type)) return BUDGETS.js.reading;
  return INTERACTIVE_ROUTES.has(type) ? BUDGETS.js.interactive : BUDGETS.js.default;
}

export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}
