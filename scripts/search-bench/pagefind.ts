import { spawnSync } from 'node:child_process';
import { cpSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import type { Locale } from '../../lib/i18n/locales';
import { htmlFiles } from '../out-site';
import type { StaticServer } from './static-server';

/**
 * Pagefind 1.6 over a copy of a built site, for the side-by-side figures. The
 * copy differs from the site in three ways, all needed for Pagefind to run and
 * none changing what Atlas would load: the pages' Content-Security-Policy meta
 * is removed (Pagefind's main-thread fallback needs 'wasm-unsafe-eval'), each
 * page's <main> gets data-pagefind-body (so Pagefind indexes the content, not
 * the header and footer, as Starlight sets it up), and each page loads a small
 * harness (pagefind-harness.js) that opens a Pagefind box on "/".
 */
export const PAGEFIND_HOW =
  'Pagefind 1.6.0 (npm pagefind, @pagefind/linux-x64) indexed a copy of the same build with `<main data-pagefind-body>`; ' +
  'the copy is served without the site\'s CSP meta (Pagefind needs \'wasm-unsafe-eval\'), and a harness calls its JS API on "/" and shows ' +
  'the first five results\' titles (which needs their fragments), without Pagefind\'s UI script and stylesheet. Pagefind searches in a ' +
  'Web Worker, which the page\'s CPU throttling does not slow.';

const HARNESS = path.join(import.meta.dirname, 'pagefind-harness.js');

export function preparePagefindCopy(siteDir: string, copyDir: string): { indexSeconds: number } {
  rmSync(copyDir, { recursive: true, force: true });
  cpSync(siteDir, copyDir, { recursive: true, filter: (file) => !/\.(gz|br)$/.test(file) });
  for (const file of htmlFiles(copyDir)) {
    const html = readFileSync(file, 'utf8')
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/gi, '')
      .replace(/<main\b/, '<main data-pagefind-body')
      .replace('</head>', '<script type="module" src="/__bench/pagefind-harness.js"></script></head>');
    writeFileSync(file, html);
  }
  mkdirSync(path.join(copyDir, '__bench'), { recursive: true });
  copyFileSync(HARNESS, path.join(copyDir, '__bench', 'pagefind-harness.js'));
  const started = performance.now();
  const result = spawnSync(path.join('node_modules', '.bin', 'pagefind'), ['--site', copyDir, '--silent'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pagefind failed on ${copyDir}:\n${result.stderr || result.stdout}`);
  return { indexSeconds: (performance.now() - started) / 1000 };
}

/** Pagefind's first five result URLs for each query, from a page in the query's language (Pagefind keeps one index per language). */
export async function pagefindTopUrls(browser: Browser, server: StaticServer, locale: Locale, queries: string[], limit: number): Promise<string[][]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/${locale}/`, { waitUntil: 'networkidle' });
    return await page.evaluate(([q, n]) => (window as unknown as { __pagefindTopUrls(q: string[], n: number): Promise<string[][]> }).__pagefindTopUrls(q, n), [queries, limit] as const);
  } finally {
    await context.close();
  }
}

/** What Pagefind's ready-made UI would add to its first result (gzip), which the harness leaves out. */
export function pagefindUiBytes(copyDir: string): number {
  return ['pagefind-ui.js', 'pagefind-ui.css'].reduce((sum, name) => sum + gzipSync(readFileSync(path.join(copyDir, 'pagefind', name)), { level: 6 }).length, 0);
}
