import { expect, type Page, test } from '@playwright/test';

/**
 * No page ships Next's client runtime: the build removes it from every page
 * whose client components are all islands (scripts/client-runtime/strip.ts).
 * Pages that are only read get the small islands script
 * (components/islands/site.ts); the compare and matrix pages get React
 * from the islands too, to hydrate their explorers. Search is plain DOM.
 */

const READING_PAGES = ['/en/', '/ko/tech/kubernetes/', '/en/glossary/', '/ko/talk/', '/ko/timeline/'];
const INTERACTIVE_PAGES = [
  ['/en/compare/', 'CompareExplorer'],
  ['/ko/matrix/', 'MatrixExplorer'],
] as const;

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

for (const [pathname, island] of INTERACTIVE_PAGES) {
  test(`${pathname} hydrates its ${island} with React from the islands, not Next's runtime`, async ({ page }) => {
    const scripts = await scriptsLoadedBy(page, pathname);
    expect(scripts.filter((p) => p.startsWith('/_next/'))).toEqual([]);
    expect(await page.evaluate(() => 'TURBOPACK' in globalThis || '__next_f' in globalThis)).toBe(false);
    await expect(page.locator(`[data-island="${island}"]`)).toHaveAttribute('data-hydrated', '');
    // The hydration chunk and the component's chunk are preloaded from the HTML, not discovered one import after another.
    const preloaded = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    const chunk = island.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase();
    expect(preloaded.some((p) => /^\/islands\/hydrate\.island-/.test(p))).toBe(true);
    expect(preloaded.some((p) => p.startsWith(`/islands/${chunk}-`))).toBe(true);
  });
}

test('/en/search/ runs its box with the plain-DOM search island: no React in it, no Next runtime', async ({ page }) => {
  const scripts = await scriptsLoadedBy(page, '/en/search/?q=helm');
  expect(scripts.filter((p) => p.startsWith('/_next/'))).toEqual([]);
  expect(scripts.some((p) => /^\/islands\/search-ui-/.test(p))).toBe(true);
  // The search page loads no React at all (its handout QR code is plain DOM too), and the search island imports none.
  expect(scripts.filter((p) => /^\/islands\/hydrate\.island-/.test(p))).toEqual([]);
  const island = scripts.find((p) => /^\/islands\/search-ui-/.test(p))!;
  const seen = new Set<string>();
  const visit = async (path: string): Promise<string[]> => {
    if (seen.has(path)) return [];
    seen.add(path);
    const code = await page.request.get(path).then((r) => r.text());
    const imports = [...code.matchAll(/from\s*"\.\/([^"]+\.js)"/g)].map((m) => `/islands/${m[1]}`);
    return [code, ...(await Promise.all(imports.map(visit))).flat()];
  };
  expect((await visit(island)).filter((code) => code.includes('react.transitional.element'))).toEqual([]);
  await expect(page.locator('[data-search-page] [role="listbox"] [role="option"]').first()).toBeVisible();
});

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
  await page.route('**/islands/search-ui*', (route) => route.abort());
  await page.locator('[data-search-button]').click();
  await expect(page).toHaveURL('/ko/search/');
  await expect(page.getByRole('combobox')).toBeVisible();
});
