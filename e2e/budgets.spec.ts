import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './crawl-support';
import { BUDGETS, builtFile, formatKb, gzipBytes, jsBudget, routeType } from '../scripts/page-weight';

/**
 * Page-weight budgets, measured from the built files (bytes are exact, so
 * these are tests): what a browser downloads while the page loads, gzipped.
 */

function over(what: string, bytes: number, budget: number): string | null {
  return bytes > budget ? `${what}: ${formatKb(bytes)} is ${formatKb(bytes - budget)} over the ${formatKb(budget)} budget` : null;
}

for (const pathname of sitemapPaths()) {
  test(`${pathname} stays within its page-weight budget and loads no search code`, async ({ page }) => {
    const scripts = new Set<string>();
    const styles = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.resourceType() === 'script') scripts.add(url.pathname);
      if (request.resourceType() === 'stylesheet') styles.add(url.pathname);
      if (/search/i.test(url.pathname) && /\.json$/.test(url.pathname)) scripts.add(url.pathname);
    });
    await page.goto(pathname, { waitUntil: 'networkidle' });
    const type = routeType(new URL(page.url()).pathname);
    const js = [...scripts].reduce((sum, p) => sum + gzipBytes(builtFile(p)), 0);
    const css = [...styles].reduce((sum, p) => sum + gzipBytes(builtFile(p)), 0);
    const html = gzipBytes(builtFile(new URL(page.url()).pathname));
    const failures = [
      over(`JavaScript at load (${type})`, js, jsBudget(type)),
      over('CSS', css, BUDGETS.css),
      over('HTML', html, BUDGETS.html),
      type === 'article' ? over('article HTML', html, BUDGETS.articleHtml) : null,
    ].filter(Boolean);
    expect(failures).toEqual([]);
    if (type !== 'search') {
      // The split index lives under /search/<locale>/; the search interface is the search-ui chunk, its reader the search-worker one.
      const searchAssets = [...scripts].filter((p) => /^\/search\/|\/islands\/search-(ui|worker)|search-index|flexsearch/i.test(p) || readSearchMarker(p));
      expect(searchAssets, 'search code or index fetched at page load').toEqual([]);
    }
  });
}

/** A chunk that bundles FlexSearch carries its name in its code; reading the file tells us what was loaded. */
function readSearchMarker(pathname: string): boolean {
  if (!pathname.endsWith('.js')) return false;
  const code = readFileSync(builtFile(pathname), 'utf8');
  return code.includes('flexsearch') || code.includes('FlexSearch');
}
