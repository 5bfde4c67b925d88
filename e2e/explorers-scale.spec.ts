import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { partialPreview, PREVIEW_ROWS } from './compare-support';
import { content } from './site-content';

/**
 * How the explorers behave when the content outgrows one page: the comparison
 * hydrates with a preview (its first page) and fetches every row later; the
 * matrix lists its ranking a page at a time. Today's 30 technologies fit in
 * one page, so the comparison's preview is made partial here by rewriting
 * preview.json on its way to the page (compare-support.ts).
 */

const en = content.technologies.en;
const rowSlugs = (page: Page) => page.locator('[data-island="CompareExplorer"] tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.slug));
async function openCompare(page: Page) {
  await page.goto('/en/compare/');
  await page.locator('[data-island="CompareExplorer"][data-hydrated]').waitFor({ state: 'attached' });
}

test.describe('the comparison with more rows than its first page', () => {
  test('hydrates with the first page, then filters, sorts and exports every row', async ({ page }) => {
    const fetched = await partialPreview(page);
    await openCompare(page);
    // The count is of every row at once; a first page longer than the preview is filled as soon as every row arrives.
    await expect(page.getByTestId('compare-count')).toHaveText(`${en.length} of ${en.length} technologies`);
    await expect.poll(() => rowSlugs(page)).toHaveLength(en.length);
    expect(fetched).toHaveLength(1);

    // A filter needs rows beyond the preview: they are fetched and every matching row shows.
    await page.getByRole('searchbox', { name: 'Filter' }).fill('Kubernetes');
    await expect.poll(() => rowSlugs(page)).toContain('kubernetes');
    const slugs = await rowSlugs(page);
    expect(slugs).toContain('aks');
    expect(slugs).not.toContain('lxc');

    // Sorting works on every row, not only the preview's.
    await page.getByRole('searchbox', { name: 'Filter' }).fill('');
    await page.locator('th[data-column="firstRelease"] button').click();
    const byDate = [...en].sort((a, b) => a.firstRelease.localeCompare(b.firstRelease) || a.title.localeCompare(b.title));
    await expect.poll(() => rowSlugs(page)).toEqual(byDate.map((t) => t.slug));

    // The download holds every row of the view.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.slice(1).split('\r\n').filter(Boolean)).toHaveLength(1 + en.length);
    expect(fetched).toHaveLength(1);
  });

  test('a download from the untouched first page still holds every row', async ({ page }) => {
    await partialPreview(page);
    await openCompare(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { rows: { slug: string }[] };
    expect(data.rows.map((r) => r.slug).sort()).toEqual(en.map((t) => t.slug).sort());
  });

  test('says so when the rows cannot be fetched, and keeps the first page', async ({ page }) => {
    await partialPreview(page, 'fail');
    await openCompare(page);
    await page.getByRole('searchbox', { name: 'Filter' }).fill('Kubernetes');
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    expect(await rowSlugs(page)).toHaveLength(PREVIEW_ROWS);
  });
});

test.describe('the matrix with many technologies chosen', () => {
  const table = (page: Page) => page.getByTestId('matrix-table');
  const ranked = (page: Page) => table(page).locator('tbody tr');

  test('lists the ranking twenty at a time; Show all and printing list every row', async ({ page }) => {
    await page.goto('/en/matrix/');
    await page.locator('[data-island="MatrixExplorer"][data-hydrated]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'All', exact: true }).first().click();
    await expect(ranked(page)).toHaveCount(20);
    const pager = page.getByTestId('matrix-pager');
    await expect(pager).toContainText(`first 20 of the ${en.length} technologies`);
    await expect(page.getByRole('status').filter({ hasText: 'Ranked' })).toContainText(`Ranked ${en.length} technologies`);
    await pager.getByRole('button', { name: `Show all ${en.length}` }).click();
    await expect(ranked(page)).toHaveCount(en.length);
    await expect(pager).toHaveCount(0);

    await page.reload();
    await page.locator('[data-island="MatrixExplorer"][data-hydrated]').waitFor({ state: 'attached' });
    await expect(ranked(page)).toHaveCount(20);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(ranked(page)).toHaveCount(en.length);
  });

  test('reasons are rendered on demand and reachable by keyboard', async ({ page }) => {
    await page.goto('/en/matrix/');
    await page.locator('[data-island="MatrixExplorer"][data-hydrated]').waitFor({ state: 'attached' });
    // No reason panel is in the page until a cell is engaged.
    await expect(table(page).locator('[data-disclosure] > div')).toHaveCount(0);
    const first = table(page).locator('tbody tr').first();
    await first.locator('th a').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const cell = first.locator('td[data-criterion] button').first();
    await expect(cell).toBeFocused();
    const description = await cell.evaluate((button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(description.length).toBeGreaterThan(10);
    await expect(cell).toHaveAccessibleDescription(description);
    await expect(table(page).locator('[data-disclosure] > div')).toHaveCount(1);
    await page.keyboard.press('ArrowRight');
    await expect(cell).not.toHaveAttribute('aria-describedby', /.+/);
    await expect(table(page).locator('[data-disclosure] > div')).toHaveCount(1);
  });
});
