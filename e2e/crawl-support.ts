import { readFileSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { type APIRequestContext, type Page, test as base } from '@playwright/test';

/** Paths of every page in the built sitemap, plus the language picker at /. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(path.join(process.cwd(), 'out', 'sitemap.xml'), 'utf8');
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return ['/', ...new Set(urls)];
}

const targets = new Map<string, Promise<{ status: number; ids: Set<string> }>>();

/** Fetches a link target once per worker and remembers its status and the ids on it. */
export function fetchTarget(request: APIRequestContext, pathname: string) {
  let entry = targets.get(pathname);
  if (!entry) {
    entry = request.get(pathname).then(async (response) => {
      const html = response.ok() ? await response.text() : '';
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      return { status: response.status(), ids };
    });
    targets.set(pathname, entry);
  }
  return entry;
}

/**
 * One browser context and tab per worker, reused by every page the crawl
 * visits: opening a context per page costs more than the checks of a small
 * page. Each test resets what it changes (viewport, colour scheme, storage).
 */
export const crawlTest = base.extend<object, { crawlPage: Page }>({
  crawlPage: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

/** Every axe rule that applies to WCAG 2.0–2.2 A and AA and axe's best practices, run at once. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core in the page as it is now. Called directly rather than through
 * @axe-core/playwright, whose analyze() injects axe again and opens a second
 * tab to merge results on every call, and returns every passing node too: on
 * the matrix that is most of the time. The site has no iframes for it to walk.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const { axe: inPage } = window as unknown as { axe: typeof axe };
    const results = await inPage.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, AXE_TAGS);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(', ')}`);
}
