import { expect, test } from '@playwright/test';
import { content } from './site-content';

/** Behaviour of /timeline/: order, retirements with successors, the category filter and its URL. */

test('lists years in order from before 2013 to today, with the milestones from frontmatter', async ({ page }) => {
  await page.goto('/en/timeline/');
  const years = await page.locator('[data-timeline-year]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.timelineYear));
  expect(years[0]).toBe('before-2013');
  expect(years.slice(1)).toEqual([...years.slice(1)].sort());
  expect(years).toContain('2013');
  const kata = page.locator('[data-timeline-year="2017"] [data-slug="kata-containers"][data-kind="first-release"]');
  await expect(kata).toContainText('December 2017');
  const acs = page.locator('[data-timeline-year="2020"] [data-slug="azure-container-service"][data-kind="status"]');
  await expect(acs).toContainText('31 January 2020');
  await expect(acs).toContainText('Retired');
  await expect(acs.getByRole('link', { name: 'Azure Kubernetes Service (AKS)' })).toHaveAttribute('href', '/en/tech/aks/');
});

test('every retired technology with a successor names it on its retirement', async ({ page }) => {
  await page.goto('/ko/timeline/');
  const retired = content.technologies.ko.filter((t) => t.status.state === 'retired' && t.successors.length);
  for (const tech of retired) {
    const entry = page.locator(`[data-slug="${tech.slug}"][data-kind="status"]`);
    await expect(entry).toContainText('후속 기술');
    await expect(entry.locator(`a[href="/ko/tech/${tech.successors[0]}/"]`)).toBeVisible();
  }
});

test('filters by category, keeps it in the URL, and back restores all', async ({ page }) => {
  await page.goto('/en/timeline/');
  await page.waitForLoadState('networkidle');
  const total = await page.locator('[data-timeline-entry]').count();
  await page.getByLabel('Category').selectOption('azure-service');
  await expect(page).toHaveURL(/\?category=azure-service$/);
  const visible = page.locator('[data-timeline-entry]:visible');
  await expect(visible.first()).toBeVisible();
  const categories = await visible.evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.category))]);
  expect(categories).toEqual(['azure-service']);
  await expect(page.locator('[data-timeline-year="before-2013"]')).toBeHidden();
  await expect(page.getByTestId('timeline-count')).toHaveText(`${await visible.count()} of ${total} events`);

  await page.reload();
  await expect(page.getByLabel('Category')).toHaveValue('azure-service');
  await expect(page.locator('[data-timeline-entry]:visible')).toHaveCount(await visible.count());

  await page.goBack();
  await expect(page.getByLabel('Category')).toHaveValue('');
  await expect(page.locator('[data-timeline-entry]:visible')).toHaveCount(total);
});

for (const [locale, year] of [['en', '2014'], ['ko', '2014년']] as const) {
  test(`${locale}: reads as a plain list on a phone, without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${locale}/timeline/`);
    await expect(page.getByRole('heading', { name: year, exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expect(page.locator('ol#timeline > li').first()).toBeVisible();
  });
}

test('ignores an unknown category with a visible note', async ({ page }) => {
  await page.goto(`/en/timeline/?category=${encodeURIComponent('<b>x</b>')}`);
  await expect(page.getByTestId('ignored-params')).toContainText('<b>x</b>');
  await expect(page.locator('b', { hasText: /^x$/ })).toHaveCount(0);
  await expect(page.getByLabel('Category')).toHaveValue('');
});

test('open data is published with its JSON Schema', async ({ request }) => {
  const data = await (await request.get('/api/technologies.json')).json();
  expect(data.technologies).toHaveLength(content.technologies.en.length);
  const aks = data.technologies.find((t: { slug: string }) => t.slug === 'aks');
  expect(aks.data.ko.title).toBe(content.technologies.ko.find((t) => t.slug === 'aks')!.title);
  const schema = await (await request.get('/api/technologies.schema.json')).json();
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
});

test('on paper, a filtered timeline names its category (the select does not print)', async ({ page }) => {
  for (const [locale, line] of [['en', 'Category: Azure services'], ['ko', '분류: Azure 서비스']] as const) {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`/${locale}/timeline/?category=azure-service`);
    await expect(page.locator('[data-timeline-printed-category]')).toHaveText(line);
    // On screen the select says it.
    await expect(page.locator('[data-timeline-printed-category]')).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#timeline-category')).toBeHidden();
    await expect(page.locator('[data-timeline-printed-category]')).toBeVisible();
    // All categories: nothing to name.
    await page.goto(`/${locale}/timeline/`);
    await expect(page.locator('[data-timeline-entry]').first()).toBeVisible();
    await expect(page.locator('[data-timeline-printed-category]')).toHaveText('');
  }
});
