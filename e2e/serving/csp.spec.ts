import { expect, test, type Page } from '@playwright/test';
import { article, pages } from './site';

/**
 * Collects every CSP violation a page reports, through the DOM event and the
 * console, across navigations (the language picker navigates by script).
 */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}`);
    });
  });
  return violations;
}

test('the home page, an article and every other page load with no CSP violation', async ({ page }) => {
  test.setTimeout(300_000); // visits every built page, alias pages included
  const violations = await watchViolations(page);
  for (const path of ['/en/', article, ...pages.filter((p) => p !== '/')]) {
    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(page.locator('h1').first()).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test('the language picker runs its inline script under the policy', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  const violations = await watchViolations(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/ko\/$/);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
  await context.close();
});

test('the theme script runs under the policy', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const violations = await watchViolations(page);
  await page.goto(article);
  await expect(page.locator('html')).toHaveClass(/dark/);
  expect(violations).toEqual([]);
});

test('the policy is enforced: an injected inline script is refused', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/en/', { waitUntil: 'networkidle' });
  const ran = await page.evaluate(async () => {
    const element = document.createElement('script');
    element.textContent = 'window.__injected = true;';
    document.body.append(element);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.some((v) => v.includes('script-src'))).toBe(true);
});
