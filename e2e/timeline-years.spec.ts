import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { content } from './site-content';

/**
 * The year pages of the timeline (/en/timeline/2017/). At today's size the
 * timeline page lists every entry itself; with ten times the content it links
 * to these pages instead (lib/timeline/pages.ts), so they carry the same filter
 * and a way between years.
 */

test('a year page lists that year’s entries only, with a way back to the whole timeline', async ({ page }) => {
  await page.goto('/en/timeline/2017/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lifecycle timeline: 2017');
  const years = await page.locator('[data-timeline-year]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.timelineYear));
  expect(years).toEqual(['2017']);
  const dates = await page.locator('[data-timeline-entry] time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  expect(dates.length).toBeGreaterThan(0);
  expect(dates.every((d) => d?.startsWith('2017'))).toBe(true);
  await expect(page.locator('[data-slug="kata-containers"][data-kind="first-release"]')).toContainText('December 2017');
  await page.getByRole('link', { name: 'All years and the lifespan chart' }).click();
  await expect(page).toHaveURL(/\/en\/timeline\/$/);
});

test('every entry of the timeline is on exactly one year page', async ({ page }) => {
  await page.goto('/ko/timeline/');
  const all = await page.locator('[data-timeline-entry]').count();
  const ids = await page.locator('[data-timeline-year]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.timelineYear!));
  let sum = 0;
  for (const id of ids) {
    await page.goto(`/ko/timeline/${id}/`);
    sum += await page.locator('[data-timeline-entry]').count();
  }
  expect(sum).toBe(all);
});

test('the years are a navigation with the current year marked, reachable by keyboard', async ({ page }) => {
  await page.goto('/ko/timeline/2020/');
  const nav = page.getByRole('navigation', { name: '연도' });
  // The link's name keeps the year and its count apart ("2020년 사건 12개").
  await expect(nav.getByRole('link', { name: /^2020년 사건 \d+개$/ })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: /^2013년 이전/ })).toHaveAttribute('href', '/ko/timeline/before-2013/');
  const next = nav.getByRole('link', { name: /^2021년/ });
  await next.focus();
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ko\/timeline\/2021\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('기술 수명 연대표: 2021년');
});

test('the filter works on a year page and follows the reader to other years', async ({ page }) => {
  await page.goto('/en/timeline/2020/');
  await page.waitForLoadState('networkidle');
  const total = await page.locator('[data-timeline-entry]').count();
  await page.getByLabel('Category').selectOption('azure-service');
  await expect(page).toHaveURL(/\/en\/timeline\/2020\/\?category=azure-service$/);
  const visible = page.locator('[data-timeline-entry]:visible');
  const categories = await visible.evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.category))]);
  expect(categories).toEqual(['azure-service']);
  await expect(page.getByTestId('timeline-count')).toHaveText(`${await visible.count()} of ${total} events`);

  // Each year now counts Azure services only; years without any are hidden; links keep the choice.
  const azureIn = (year: string) =>
    content.technologies.en
      .filter((t) => t.category === 'azure-service')
      .flatMap((t) => [t.firstRelease, t.status.since, ...t.events.map((e) => e.date)])
      .filter((date) => (year === 'before-2013' ? Number(date.slice(0, 4)) < 2013 : date.startsWith(year))).length;
  const ids = await page.locator('[data-year-link]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.yearLink!));
  const withAzure = ids.filter((id) => id !== '2020' && azureIn(id) > 0);
  const without = ids.filter((id) => azureIn(id) === 0);
  expect(withAzure.length).toBeGreaterThan(0);
  expect(without.length).toBeGreaterThan(0);
  for (const id of withAzure) {
    const item = page.locator(`[data-year-link="${id}"]`);
    await expect(item).toContainText(`${azureIn(id)} event`);
    await expect(item.getByRole('link')).toHaveAttribute('href', `/en/timeline/${id}/?category=azure-service`);
  }
  for (const id of without) await expect(page.locator(`[data-year-link="${id}"]`)).toBeHidden();

  await page.goBack();
  await expect(page.getByLabel('Category')).toHaveValue('');
  await expect(page.locator('[data-year-link="before-2013"]')).toBeVisible();
  await expect(page.locator('[data-year-link="2020"] a')).toHaveAttribute('href', '/en/timeline/2020/');
});

test('axe finds nothing on a year page', async ({ page }) => {
  await page.goto('/ko/timeline/2017/');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
