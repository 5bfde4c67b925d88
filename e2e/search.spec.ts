import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/** Search in the browser: shortcuts, typing in both languages, the keyboard, the page, the network, hostile input. */

const dialog = (page: Page) => page.locator('dialog[data-search-dialog]');
const box = (page: Page) => page.getByRole('combobox');
const options = (page: Page) => page.getByRole('option');
/** Result groups (one per page); the header's theme switch is a group too, so look inside the search box. */
const results = (page: Page) => page.locator('[data-search-box] [role="group"]');

async function openWithShortcut(page: Page, path = '/en/') {
  await page.goto(path);
  await page.locator('[data-search-button]').waitFor();
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(box(page)).toBeFocused();
}

test('a page load fetches no search code and no index; opening search fetches both', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/en/tech/kubernetes/', { waitUntil: 'networkidle' });
  expect(requests.filter((p) => p.startsWith('/search/'))).toEqual([]);
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
  const bodies = await Promise.all(scripts.map((url) => page.request.get(url).then((r) => r.text())));
  expect(bodies.filter((code) => /flexsearch/i.test(code))).toEqual([]);

  expect(requests.filter((p) => p.startsWith('/islands/search'))).toEqual([]);

  await page.locator('[data-search-button]').click();
  await expect(page.locator('[data-search-box]')).toHaveAttribute('data-search-status', 'ready');
  expect(requests).toContain('/search/en/manifest.json');
});

test('Ctrl+K and / open the dialog; / typed in a field stays a character', async ({ page }) => {
  await openWithShortcut(page);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await box(page).fill('a/b');
  await expect(box(page)).toHaveValue('a/b');
});

test('Escape closes the dialog and focus returns to the search button', async ({ page }) => {
  await page.goto('/en/');
  const button = page.locator('[data-search-button]');
  await button.click();
  await expect(box(page)).toBeFocused();
  // Focus is trapped: tabbing never leaves the dialog.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
});

test('the dialog acts as a modal: announced as one, its backdrop covers the page and a click on it closes the dialog', async ({ page }) => {
  await page.goto('/en/tech/kubernetes/');
  const button = page.locator('[data-search-button]');
  await button.click();
  await expect(box(page)).toBeFocused();
  await expect(dialog(page)).toHaveAttribute('aria-modal', 'true');
  await expect(page.getByRole('dialog', { name: 'Search Container Atlas' })).toBeVisible();
  // Whatever is under the top-left corner of the window, a click there lands on the backdrop, not the page.
  const hit = await page.evaluate(() => document.elementFromPoint(4, 4)?.closest('dialog[data-search-dialog]') !== null);
  expect(hit).toBe(true);
  await page.mouse.click(4, 4);
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open dialog with results passes axe in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/ko/tech/kubernetes/');
    await page.keyboard.press('/');
    await page.keyboard.insertText('쿠버네티스');
    await expect(page.locator('dialog[data-search-dialog] [role="option"]').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include('dialog[data-search-dialog]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('typing English finds Kubernetes with the words highlighted, even with a typo', async ({ page }) => {
  await openWithShortcut(page);
  await box(page).pressSequentially('kuberntes');
  await expect(options(page).first()).toBeVisible();
  await expect(results(page).first()).toContainText('Kubernetes');
  await expect(options(page).first().locator('mark').first()).toHaveText(/kubernetes/i);
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
});

test('typing Korean finds words with particles, by 초성 and across languages', async ({ page }) => {
  await openWithShortcut(page, '/ko/');
  for (const query of ['팟', 'ㅋㅂㄴㅌㅅ', 'kubernetes', '라벨로']) {
    await box(page).fill(query);
    await expect(page.locator('[data-search-message]')).toContainText('페이지');
    await expect(options(page).first().locator('mark').first()).toBeVisible();
  }
  await box(page).fill('ㅋㅂㄴㅌㅅ');
  await expect(results(page).first()).toContainText('Kubernetes');
});

test('arrow keys move through results and Enter lands on the matched heading', async ({ page }) => {
  await openWithShortcut(page);
  await box(page).fill('tiller');
  await expect(options(page).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const first = options(page).first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  const count = await options(page).count();
  if (count > 1) {
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
  }
  const href = (await first.getAttribute('href'))!;
  expect(href).toMatch(/^\/en\/tech\/helm\/#/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href);
  const id = decodeURIComponent(href.split('#')[1]!);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('recent searches are remembered on the device', async ({ page }) => {
  await openWithShortcut(page);
  await box(page).fill('magnum');
  await expect(options(page).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/en\/tech\/magnum\//);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('listbox', { name: 'Recent searches' })).toContainText('magnum');
});

test('no results shows the state and suggestions that search when picked', async ({ page }) => {
  await openWithShortcut(page);
  await box(page).fill('zzzqqqxxx');
  await expect(page.locator('[data-search-message]')).toHaveText('Nothing found for “zzzqqqxxx”.');
  await page.getByRole('option', { name: 'Kubernetes' }).click();
  await expect(box(page)).toHaveValue('Kubernetes');
  await expect(results(page).first()).toContainText('Kubernetes');
});

test('one letter asks for another instead of fetching half the index; the next letter searches', async ({ page }) => {
  await openWithShortcut(page);
  await expect(page.locator('[data-search-box]')).toHaveAttribute('data-search-status', 'ready');
  const shards: string[] = [];
  page.on('request', (request) => request.url().includes('/search/en/s/') && shards.push(request.url()));
  await box(page).fill('k');
  await expect(page.locator('[data-search-message]')).toHaveText('Keep typing: one letter matches too many words.');
  expect(shards).toEqual([]);
  await box(page).press('8');
  await expect(results(page).first()).toContainText('Kubernetes');
  await expect(page.locator('[data-search-box]')).toHaveAttribute('data-search-query', 'k8');
});

test('an IME composition searches once, when it ends, and keeps every character', async ({ page }) => {
  await openWithShortcut(page, '/ko/');
  await expect(page.locator('[data-search-box]')).toHaveAttribute('data-search-status', 'ready');
  const client = await page.context().newCDPSession(page);
  // Compose 쿠버 the way a Korean IME does: each keystroke updates the composition.
  for (const step of ['ㅋ', '쿠', '쿱', '쿠버']) {
    await client.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  await page.waitForTimeout(400);
  await expect(page.locator('[data-search-box]')).toHaveAttribute('data-search-count', '0');
  await client.send('Input.insertText', { text: '쿠버' });
  await expect(box(page)).toHaveValue('쿠버');
  await expect(page.locator('[data-search-box]')).toHaveAttribute('data-search-count', '1');
  await page.waitForTimeout(400);
  await expect(page.locator('[data-search-box]')).toHaveAttribute('data-search-count', '1');
  await expect(results(page).first()).toContainText('Kubernetes');
});

test('the search page renders results for ?q= and updates the URL as the reader types', async ({ page }) => {
  await page.goto('/ko/search/?q=%EC%BF%A0%EB%B2%84%EB%84%A4%ED%8B%B0%EC%8A%A4');
  await expect(page.locator('h1')).toHaveText('검색');
  await expect(box(page)).toHaveValue('쿠버네티스');
  await expect(results(page).first()).toContainText('Kubernetes');
  await box(page).fill('helm');
  await expect(page).toHaveURL(/\/ko\/search\/\?q=helm$/);
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toHaveCount(0);
  await expect(box(page)).toBeFocused();
});

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '.*+?^${}()|[]\\/',
  '😀🎉👩‍💻',
  '\uD800\uDC00\uD800',
  '     ',
  'k'.repeat(10_000),
];

test('hostile input in the box gives results or the no-results state, never markup or a frozen page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openWithShortcut(page);
  await expect(page.locator('[data-search-box]')).toHaveAttribute('data-search-status', 'ready');
  for (const input of HOSTILE) {
    await box(page).fill(input);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(dialog(page).locator('img, script')).toHaveCount(0);
  }
  await box(page).fill('docker');
  await expect(options(page).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('hostile ?q= on the search page opens no dialog and injects nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const input of HOSTILE.slice(0, 5)) {
    // A lone surrogate cannot be percent-encoded as UTF-8; send the bytes a broken client would.
    const q = input.includes('\uD800') ? '%ED%A0%80' : encodeURIComponent(input);
    await page.goto(`/en/search/?q=${q}&evil=%3Cb%3Ex%3C%2Fb%3E`);
    await expect(page.locator('[data-search-box]')).toBeVisible();
    await expect(page.locator('[data-ignored-params], [data-testid="ignored-params"]')).toContainText('evil');
    await expect(dialog(page)).toHaveCount(0);
    await expect(page.locator('main img, main script, main b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  }
  await page.goto('/en/search/?q=%E0%A4%A');
  await expect(page.locator('[data-search-box]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('results arriving on the search page do not shift the layout', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/en/search/?q=kubernetes');
  await expect(results(page).first()).toBeVisible();
  const total = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, v) => sum + v, 0));
  // 0.1 is the "good" threshold for cumulative layout shift.
  expect(total).toBeLessThan(0.1);
});

test('a shard the search worker cannot fetch shows the error, and "Try again" searches once it can', async ({ page }) => {
  await page.route('**/search/en/s/*', (route) => route.abort());
  await openWithShortcut(page);
  await box(page).fill('helm');
  await expect(page.locator('[data-search-message]')).toHaveText('Search could not be loaded. Check your connection and try again.');
  await page.unroute('**/search/en/s/*');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(results(page).first()).toContainText('Helm');
  await expect(page.locator('[data-search-box]')).toHaveAttribute('data-search-query', 'helm');
});
