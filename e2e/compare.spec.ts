import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { content } from './site-content';

/** Behaviour of /compare/: filters, sorting, columns, URL state, downloads and hostile links. */

const rowSlugs = (page: Page) => page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.slug));
const count = (page: Page) => page.getByTestId('compare-count');
const en = content.technologies.en;

/** Waits until the client has read the URL and taken over (the view links become interactive). */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-view][aria-current="true"]')).toBeVisible();
  await page.waitForLoadState('networkidle');
}

test('filters as the reader types an English query, and puts it in the URL', async ({ page }) => {
  await open(page, '/en/compare/');
  await expect(count(page)).toHaveText(`${en.length} of ${en.length} technologies`);
  await page.getByRole('searchbox', { name: 'Filter' }).fill('Kubernetes');
  const slugs = await rowSlugs(page);
  expect(slugs).toContain('kubernetes');
  expect(slugs).toContain('aks');
  expect(slugs).not.toContain('lxc');
  await expect(count(page)).toHaveText(`${slugs.length} of ${en.length} technologies`);
  await expect(page).toHaveURL(/\?q=Kubernetes$/);
});

/** "클라우드 제공자가 운영" is the Korean label of a provider-managed control plane: the rows the loader says have one. */
const providerManaged = en.filter((t) => t.comparison.controlPlane === 'provider-managed').map((t) => t.slug).sort();

test('filters by a Korean query that matches a cell value', async ({ page }) => {
  expect(providerManaged).toContain('aks');
  await open(page, '/ko/compare/');
  await page.getByRole('searchbox', { name: '필터' }).fill('클라우드 제공자가 운영');
  await expect(page.locator('tbody tr')).toHaveCount(providerManaged.length);
  expect((await rowSlugs(page)).sort()).toEqual(providerManaged);
  await expect(count(page)).toHaveText(`기술 ${en.length}개 중 ${providerManaged.length}개`);
});

test('a Korean query also works on the English page', async ({ page }) => {
  await open(page, '/en/compare/');
  await page.getByRole('searchbox', { name: 'Filter' }).fill('클라우드 제공자가 운영');
  await expect(page.locator('tbody tr')).toHaveCount(providerManaged.length);
  expect((await rowSlugs(page)).sort()).toEqual(providerManaged);
});

test('filters by category and by status', async ({ page }) => {
  await open(page, '/en/compare/');
  await page.getByRole('combobox', { name: 'Category' }).selectOption('openstack-project');
  const openstack = en.filter((t) => t.category === 'openstack-project').map((t) => t.slug);
  expect((await rowSlugs(page)).sort()).toEqual([...openstack].sort());
  await page.getByRole('combobox', { name: 'Status' }).selectOption('retired');
  const retired = en.filter((t) => t.category === 'openstack-project' && t.status.state === 'retired').map((t) => t.slug);
  expect((await rowSlugs(page)).sort()).toEqual([...retired].sort());
  await expect(page).toHaveURL(/category=openstack-project&status=retired/);
  for (const badge of await page.locator('tbody [data-status]').all()) await expect(badge).toHaveAttribute('data-status', 'retired');
});

test('sorts by a column both ways, from the keyboard, with aria-sort on the header', async ({ page }) => {
  await open(page, '/en/compare/');
  const header = page.locator('th[data-column="firstRelease"]');
  await header.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.locator('th[data-column="name"]')).not.toHaveAttribute('aria-sort', /.+/);
  const byDate = [...en].sort((a, b) => a.firstRelease.localeCompare(b.firstRelease) || a.title.localeCompare(b.title));
  expect(await rowSlugs(page)).toEqual(byDate.map((t) => t.slug));
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const firstReleases = (await rowSlugs(page)).map((slug) => en.find((t) => t.slug === slug)!.firstRelease);
  expect(firstReleases).toEqual([...firstReleases].sort().reverse());
  await expect(page).toHaveURL(/sort=firstRelease&dir=desc/);
});

test('hides and shows columns', async ({ page }) => {
  await open(page, '/en/compare/');
  await expect(page.locator('thead th[data-column="provides"]')).toHaveCount(1);
  await page.getByText(/^Columns/).click();
  await page.getByRole('checkbox', { name: 'Provides' }).uncheck();
  await expect(page.locator('thead th[data-column="provides"]')).toHaveCount(0);
  await expect(page.locator('tbody td[data-column="provides"]')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Licence' }).check();
  await expect(page.locator('thead th[data-column="license"]')).toHaveCount(1);
  await expect(page).toHaveURL(/cols=category,status,firstRelease,successors,license$/);
  await page.getByRole('checkbox', { name: 'Provides' }).check();
  await expect(page.locator('thead th[data-column="provides"]')).toHaveCount(1);
});

/** What the reader sees, to compare two pages. */
async function snapshot(page: Page) {
  return {
    view: await page.locator('[data-view][aria-current="true"]').getAttribute('data-view'),
    q: await page.getByRole('searchbox').inputValue(),
    status: await page.locator('#compare-status').inputValue(),
    columns: await page.locator('thead th').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.column)),
    sorted: await page.locator('thead th[aria-sort]').evaluateAll((ths) => ths.map((th) => `${(th as HTMLElement).dataset.column}:${th.getAttribute('aria-sort')}`)),
    rows: await rowSlugs(page),
  };
}

test('a copied URL reproduces the view after a reload and in a fresh browser', async ({ page, browser }) => {
  await open(page, '/en/compare/');
  await page.locator('[data-view="azure"]').click();
  await page.getByRole('searchbox', { name: 'Filter' }).fill('VM');
  await page.locator('th[data-column="status"] button').click();
  await page.locator('th[data-column="status"] button').click();
  await page.getByText(/^Columns/).click();
  await page.getByRole('checkbox', { name: 'Billing' }).uncheck();
  const seen = await snapshot(page);
  expect(seen).toMatchObject({ view: 'azure', q: 'VM', sorted: ['status:descending'] });
  expect(seen.columns).not.toContain('billing');
  expect(seen.rows.length).toBeGreaterThan(0);
  // The address is written just after the table is painted.
  await expect(page).toHaveURL(/cols=/);
  const url = page.url();

  await page.reload();
  await expect(page.locator('[data-view="azure"]')).toHaveAttribute('aria-current', 'true');
  expect(await snapshot(page)).toEqual(seen);

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await open(fresh, url);
  expect(await snapshot(fresh)).toEqual(seen);
  await context.close();
});

test('back and forward step through the reader’s changes', async ({ page }) => {
  await open(page, '/en/compare/');
  await page.locator('[data-view="openstack"]').click();
  await expect(page).toHaveURL(/\?view=openstack$/);
  await page.getByRole('combobox', { name: 'Status' }).selectOption('retired');
  await expect(page).toHaveURL(/\?view=openstack&status=retired$/);
  const retired = await rowSlugs(page);

  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('');
  await expect(page.locator('[data-view="openstack"]')).toHaveAttribute('aria-current', 'true');
  await page.goBack();
  await expect(page.locator('[data-view="overview"]')).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('tbody tr')).toHaveCount(en.length);
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('retired');
  expect(await rowSlugs(page)).toEqual(retired);
});

test('downloads the current view as CSV with a byte-order mark and Korean values', async ({ page }) => {
  await open(page, '/ko/compare/?view=openstack');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV 내려받기' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^container-atlas-openstack-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toBe('이름,제공하는 것,Nova,Neutron,Cinder,Manila,Heat,Keystone,Glance,상태');
  const zun = content.technologies.ko.find((t) => t.slug === 'zun')!;
  expect(csv).toContain(zun.comparison.provides!);
  expect(lines.filter(Boolean)).toHaveLength(1 + content.technologies.ko.filter((t) => t.category === 'openstack-project').length);
});

test('downloads the current view as JSON', async ({ page }) => {
  await open(page, '/ko/compare/?view=azure&status=retired');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON 내려받기' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^container-atlas-azure-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(data.columns.map((c: { label: string }) => c.label)).toEqual(['이름', '제공 기간', '컨트롤 플레인', '오케스트레이터', '요금', '상태', '후속 기술']);
  const acs = data.rows.find((r: { slug: string }) => r.slug === 'azure-container-service');
  expect(acs).toMatchObject({ status: '종료', successors: content.technologies.ko.find((t) => t.slug === 'aks')!.title });
  expect(data.rows.every((r: { status: string }) => r.status === '종료')).toBe(true);
  expect(data.url).toContain('view=azure');
});

test('on a phone the table scrolls inside its box, with a sticky header and first column', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '/ko/compare/?view=openstack');
  const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(pageOverflow).toBeLessThanOrEqual(0);
  const box = page.getByTestId('compare-scroll');
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const nameCell = page.locator('tbody th[scope="row"]').first();
  const before = await nameCell.boundingBox();
  await box.evaluate((el) => el.scrollBy({ left: 400 }));
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect((await nameCell.boundingBox())!.x).toBeCloseTo(before!.x, 0);
  await expect(page.locator('thead th').first()).toHaveCSS('position', 'sticky');
});

test('ignores bad parameters with a visible note and never renders them as markup', async ({ page }) => {
  let dialog = false;
  page.on('dialog', async (d) => {
    dialog = true;
    await d.dismiss();
  });
  const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
  await open(page, `/en/compare/?view=${evil}&status=gone&cols=status,bogus&sort=nope&tech=zun&q=${'x'.repeat(3000)}`);
  const note = page.getByTestId('ignored-params');
  await expect(note).toBeVisible();
  await expect(note).toContainText('<img src=x onerror=alert(1)>');
  await expect(note).toContainText('gone');
  await expect(note).toContainText('bogus');
  await expect(note).toContainText('too long');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('[data-view="overview"]')).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('thead th')).toHaveCount(2);
  expect(dialog).toBe(false);
});

test('each row links to its article and explained cells link to the backing section', async ({ page }) => {
  await open(page, '/en/compare/?view=openstack');
  await expect(page.locator('tbody tr[data-slug="zun"] th a')).toHaveAttribute('href', '/en/tech/zun/');
  const zun = en.find((t) => t.slug === 'zun')!;
  await expect(page.locator('tbody tr[data-slug="zun"] td[data-column="neutron"] a')).toHaveAttribute('href', `/en/tech/zun/#${zun.comparison.backedBy!.openstackServices}`);
  await expect(page.locator('tbody tr[data-slug="zun"] td[data-column="status"] a')).toHaveAttribute('href', '/en/tech/zun/#history-and-status');
});
