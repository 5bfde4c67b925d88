import { expect, type Page } from '@playwright/test';
import { axeViolations, crawlTest as test, fetchTarget, sitemapPaths } from './crawl-support';

/**
 * Visits every page of the built site (from its sitemap, so new pages are
 * covered without editing this file) and checks links, console, requests,
 * accessibility in both themes, the phone width and the page's metadata.
 *
 * Kept cheap, since it grows with the site: one browser tab per worker for
 * every page, one navigation per page, and one axe run per theme with every
 * rule at once. The theme changes without a reload: the page follows the
 * system's colour scheme live (components/islands/theme-switch.ts).
 */

function watch(page: Page) {
  const problems: string[] = [];
  const onConsole = (message: import('@playwright/test').ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning' || /hydrat/i.test(message.text())) {
      problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
    }
  };
  const onPageError = (error: Error) => problems.push(`page error: ${error.message}`);
  // The language picker at / replaces itself with /en/ or /ko/ at once, and the browser cancels what the
  // replaced document had started to load. Only failures of the document being shown count.
  let documents = 0;
  const documentOf = new WeakMap<object, number>();
  const onNavigated = (frame: import('@playwright/test').Frame) => {
    if (frame === page.mainFrame()) documents += 1;
  };
  const onRequest = (request: import('@playwright/test').Request) => documentOf.set(request, documents);
  const cancelled: { document: number; text: string }[] = [];
  const onFailed = (request: import('@playwright/test').Request) => {
    const text = `request failed: ${request.url()} (${request.failure()?.errorText})`;
    // Decided at the end: the browser cancels the old document's loads before the new one commits.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') cancelled.push({ document: documentOf.get(request) ?? documents, text });
    else problems.push(text);
  };
  const onResponse = (response: import('@playwright/test').Response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('framenavigated', onNavigated);
  page.on('request', onRequest);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  return () => {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('framenavigated', onNavigated);
    page.off('request', onRequest);
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
    return [...problems, ...cancelled.filter((c) => c.document === documents).map((c) => c.text)];
  };
}

async function brokenLinks(page: Page, request: Parameters<typeof fetchTarget>[0], origin: string): Promise<string[]> {
  const finalPath = new URL(page.url()).pathname;
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
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

/** Switches the emulated system theme and waits until the page has repainted in it. */
async function showTheme(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

for (const pathname of sitemapPaths()) {
  test(`page ${pathname} passes the quality gates`, async ({ crawlPage: page, request, baseURL }) => {
    // Two full axe runs and a link check per page: slower than a default test on a busy two-core machine.
    test.setTimeout(90_000);
    // The tab is shared with the worker's other pages: start from the same state every time.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
    await page.goto('about:blank');
    await page.context().clearCookies();
    const problems = watch(page);
    await page.goto(pathname, { waitUntil: 'networkidle' });
    await page.evaluate(() => localStorage.clear());

    await test.step('metadata', async () => {
      await expect(page).toHaveTitle(/\S/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\//);
    });
    await test.step('links and anchors', async () => {
      expect(await brokenLinks(page, request, new URL(baseURL!).origin), 'broken internal links').toEqual([]);
    });
    await test.step('axe, light theme', async () => {
      await showTheme(page, 'light');
      expect(await axeViolations(page), 'light theme').toEqual([]);
    });
    await test.step('axe, dark theme', async () => {
      await showTheme(page, 'dark');
      expect(await axeViolations(page), 'dark theme').toEqual([]);
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

test('the 404 page passes axe in both themes and answers 404', async ({ crawlPage: page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await axeViolations(page), `${scheme} theme`).toEqual([]);
  }
});

test('the axe check catches what it is there for, Label in Name included (axe-core 4.14)', async ({ crawlPage: page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<button type="button"></button><a href="/ko/" aria-label="Read this page in Korean">한국어</a>');
  });
  const ids = (await axeViolations(page)).map((violation) => violation.split(' ')[0]);
  expect(ids).toEqual(expect.arrayContaining(['button-name', 'label-content-name-mismatch']));
});
