import { expect, type Page, test } from '@playwright/test';

/**
 * Pages that are only read ship no framework: the build removes Next's client
 * runtime from every page that renders none of our client components
 * (scripts/client-runtime/strip.ts), and the islands script
 * (components/islands/site.ts) runs their few controls.
 */

const READING_PAGES = ['/en/', '/ko/tech/kubernetes/', '/en/glossary/', '/ko/talk/', '/ko/timeline/'];
const INTERACTIVE_PAGES = ['/en/compare/', '/ko/matrix/', '/en/search/'];

async function scriptsLoadedBy(page: Page, pathname: string): Promise<string[]> {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(pathname, { waitUntil: 'networkidle' });
  return scripts;
}

for (const pathname of READING_PAGES) {
  test(`${pathname} loads only the islands script, and no React or dialog code`, async ({ page }) => {
    const scripts = await scriptsLoadedBy(page, pathname);
    // site-<hash>.js and the small chunks it shares with the dialogs (esbuild's code splitting).
    expect(scripts[0]).toMatch(/^\/islands\/site-[A-Z0-9]+\.js$/);
    expect(scripts.filter((p) => !/^\/islands\/(site|chunk|timeline-filter)-[A-Z0-9]+\.js$/.test(p))).toEqual([]);
    expect(await page.evaluate(() => 'TURBOPACK' in globalThis || '__next_f' in globalThis)).toBe(false);
    // React marks its elements with this symbol's name; none of the loaded code may carry it.
    const bodies = await Promise.all(scripts.map((p) => page.request.get(p).then((r) => r.text())));
    expect(bodies.filter((code) => code.includes('react.transitional.element'))).toEqual([]);
    // The controls are live: the islands script pointed the language link at this page's twin.
    const twin = pathname.replace(/^\/(en|ko)/, (_, l: string) => (l === 'en' ? '/ko' : '/en'));
    await expect(page.locator('a[data-language-switch]')).toHaveAttribute('href', twin);
  });
}

for (const pathname of INTERACTIVE_PAGES) {
  test(`${pathname} keeps Next's runtime, since it renders client components`, async ({ page }) => {
    const scripts = await scriptsLoadedBy(page, pathname);
    expect(scripts.some((p) => p.startsWith('/_next/static/chunks/'))).toBe(true);
    expect(await page.evaluate(() => '__next_f' in globalThis)).toBe(true);
  });
}

test('the language link takes the query string and anchor as they are at the click', async ({ page }) => {
  await page.goto('/en/tech/kubernetes/?from=slide#how-it-works');
  await expect(page.locator('a[data-language-switch]')).toHaveAttribute('href', '/ko/tech/kubernetes/?from=slide#how-it-works');
  // Interactive pages rewrite their query string as the view changes; the link must follow.
  await page.evaluate(() => history.replaceState(null, '', '/en/tech/kubernetes/?from=qr#architecture'));
  await page.locator('a[data-language-switch]').click();
  await expect(page).toHaveURL('/ko/tech/kubernetes/?from=qr#architecture');
  expect(await page.evaluate(() => localStorage.getItem('atlas-locale'))).toBe('ko');
});

test('when the share dialog cannot be fetched, the button says so, and a later click recovers', async ({ page }) => {
  await page.goto('/en/tech/kubernetes/');
  await page.route('**/islands/share-dialog*', (route) => route.abort());
  await page.locator('[data-share-open]').click();
  await expect(page.locator('[data-share-status]')).toHaveText(/could not be made/);
  await expect(page.locator('dialog[data-share-dialog]')).toHaveCount(0);
  await page.unroute('**/islands/share-dialog*');
  await page.locator('[data-share-open]').click();
  await expect(page.locator('dialog[data-share-dialog]')).toBeVisible();
  await expect(page.locator('[data-share-status]')).toHaveText('');
});

test('when the search dialog cannot be fetched, the search button leads to the search page', async ({ page }) => {
  await page.goto('/ko/glossary/');
  await page.route('**/islands/search-dialog*', (route) => route.abort());
  await page.locator('[data-search-button]').click();
  await expect(page).toHaveURL('/ko/search/');
  await expect(page.getByRole('combobox')).toBeVisible();
});
