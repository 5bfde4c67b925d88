import { expect, test } from '@playwright/test';
import { content, LOCALES } from './site-content';

test.describe('pages render their content', () => {
  for (const locale of LOCALES) {
    test(`${locale} home lists every technology with a status badge`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      for (const tech of content.technologies[locale]) {
        const card = page.locator(`a[href="/${locale}/tech/${tech.slug}/"]`).first();
        await expect(card).toContainText(tech.title);
        await expect(card.locator(`[data-status="${tech.status.state}"]`)).toBeVisible();
      }
    });

    test(`${locale} articles show title, facts, sections and sources`, async ({ page }) => {
      test.setTimeout(120_000); // visits every article
      for (const tech of content.technologies[locale]) {
        await page.goto(`/${locale}/tech/${tech.slug}/`);
        await expect(page.locator('h1')).toContainText(tech.title);
        await expect(page.locator('#facts-heading')).toBeVisible();
        for (const id of ['what-it-is', 'how-it-works', 'history-and-status', 'when-to-use', 'pros-and-cons', 'sources']) {
          await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
        }
        await expect(page.locator('#sources ~ ol li')).toHaveCount(tech.sources.length);
      }
    });

    test(`${locale} glossary and talk pages render`, async ({ page }) => {
      for (const name of ['glossary', 'talk'] as const) {
        await page.goto(`/${locale}/${name}/`);
        await expect(page.locator('h1')).toHaveText(content.pages[locale][name]!.title);
      }
    });
  }
});

test('a retired technology names its successor at the top', async ({ page }) => {
  const retired = content.technologies.en.find((t) => t.status.state === 'retired' && t.successors.length > 0);
  expect(retired, 'the content has a retired technology with a successor').toBeDefined();
  await page.goto(`/en/tech/${retired!.slug}/`);
  const banner = page.getByRole('note');
  await expect(banner).toContainText('Retired');
  await expect(banner.locator(`a[href="/en/tech/${retired!.successors[0]}/"]`)).toBeVisible();
});

test('the language switch lands on the twin page, keeping the anchor', async ({ page }) => {
  const tech = content.technologies.en[0]!;
  await page.goto(`/en/tech/${tech.slug}/#how-it-works`);
  // Named by what it shows (Label in Name), described by what it does.
  const toKorean = page.getByRole('link', { name: '한국어', exact: true });
  await expect(toKorean).toHaveAccessibleDescription('Read this page in Korean');
  await toKorean.click();
  await expect(page).toHaveURL(`/ko/tech/${tech.slug}/#how-it-works`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(`/en/tech/${tech.slug}/#how-it-works`);
});

test('the theme switch applies dark mode and remembers it across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.locator('label:has([data-theme-choice="dark"])').click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.goto('/ko/glossary/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.locator('[data-theme-choice="dark"]')).toBeChecked();
  await page.locator('label:has([data-theme-choice="system"])').click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test('the system theme follows the operating system with no stored choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveClass(/dark/);
});

test('an unknown article shows the 404 page with links home', async ({ page }) => {
  const response = await page.goto('/en/tech/no-such-thing/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('a[href="/ko/"]')).toBeVisible();
});

test.describe('the root page picks a language', () => {
  test('from the browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL('/ko/');
    await context.close();
  });

  test('from a remembered choice before the browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto('/ko/');
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL('/en/');
    await page.goto('/');
    await expect(page).toHaveURL('/en/');
    await context.close();
  });

  test('without JavaScript, as a plain page linking both languages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('a[href="/en/"]')).toBeVisible();
    await expect(page.locator('a[href="/ko/"]')).toBeVisible();
    await context.close();
  });
});
