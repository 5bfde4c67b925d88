import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { fetchTarget, sitemapPaths } from './crawl-support';

/**
 * Visits every page of the built site (from its sitemap, so new pages are
 * covered without editing this file) and checks links, console, requests,
 * accessibility in both themes, the phone width and the page's metadata.
 * One test per page keeps it to one browser context and few navigations.
 */

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning' || /hydrat/i.test(message.text())) {
      problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // The language picker at / replaces itself with /en/ or /ko/ at once, and the browser cancels what the
  // replaced document had started to load. Only failures of the document being shown count.
  let documents = 0;
  const documentOf = new WeakMap<object, number>();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) documents += 1;
  });
  page.on('request', (request) => documentOf.set(request, documents));
  const cancelled: { document: number; text: string }[] = [];
  page.on('requestfailed', (request) => {
    const text = `request failed: ${request.url()} (${request.failure()?.errorText})`;
    // Decided at the end: the browser cancels the old document's loads before the new one commits.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') cancelled.push({ document: documentOf.get(request) ?? documents, text });
    else problems.push(text);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return () => [...problems, ...cancelled.filter((c) => c.document === documents).map((c) => c.text)];
}

/**
 * The full rule set runs in the light theme. In the dark theme only the rules
 * whose outcome depends on colour run again: the markup is identical, and
 * this halves the crawl's time.
 */
const THEME_RULES = ['color-contrast', 'link-in-text-block'];

async function axeViolations(page: Page, onlyThemeRules = false) {
  const builder = new AxeBuilder({ page });
  const results = await (onlyThemeRules ? builder.withRules(THEME_RULES) : builder.withTags(AXE_TAGS)).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

async function brokenLinks(page: Page, request: Parameters<typeof fetchTarget>[0], origin: string): Promise<string[]> {
  const finalPath = new URL(page.url()).pathname;
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
  const ownIds = new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
  const broken: string[] = [];
  for (const href of new Set(hrefs)) {
    const url = new URL(href);
    if (url.origin !== origin) continue;
    const target = url.pathname === finalPath ? { status: 200, ids: ownIds } : await fetchTarget(request, url.pathname);
    if (target.status !== 200) broken.push(`${href} answers ${target.status}`);
    const id = decodeURIComponent(url.hash.slice(1));
    if (id && !target.ids.has(id)) broken.push(`${href} points at a missing anchor #${id}`);
  }
  return broken;
}

for (const pathname of sitemapPaths()) {
  test(`page ${pathname} passes the quality gates`, async ({ page, request, baseURL }) => {
    // Two full axe runs and a link check per page: slower than a default test on a busy two-core machine.
    test.setTimeout(120_000);
    const problems = watch(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(pathname, { waitUntil: 'networkidle' });

    await test.step('metadata', async () => {
      await expect(page).toHaveTitle(/\S/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//);
    });
    await test.step('links and anchors', async () => {
      expect(await brokenLinks(page, request, new URL(baseURL!).origin), 'broken internal links').toEqual([]);
    });
    await test.step('axe, light theme', async () => {
      expect(await axeViolations(page), 'light theme').toEqual([]);
    });
    await test.step('axe, dark theme', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.reload({ waitUntil: 'load' });
      await expect(page.locator('html')).toHaveClass(/dark/);
      expect(await axeViolations(page, true), 'dark theme').toEqual([]);
    });
    await test.step('360 px phone', async () => {
      await page.setViewportSize({ width: 360, height: 740 });
      await expect(page.locator('h1').first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    });
    expect(problems(), 'console errors, failed requests, hydration warnings').toEqual([]);
  });
}
