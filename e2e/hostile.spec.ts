import { expect, type Page, test } from '@playwright/test';
import { HOSTILE_INPUTS, type HostileInput, queryValue } from './hostile-inputs';

/**
 * Throws the fixed list of hostile inputs at every page that reads input and
 * checks that nothing runs, nothing is injected, the page stays usable, and
 * the reader is told when input was ignored.
 */

/** Query-string surfaces: each hostile value goes into every parameter the page reads, plus one it does not know. */
const QUERY_SURFACES = [
  { path: '/en/compare/', params: ['view', 'q', 'category', 'status', 'sort', 'dir', 'cols'], noteExpected: true },
  { path: '/ko/compare/', params: ['q', 'cols'], noteExpected: true },
  { path: '/en/matrix/', params: ['tech', 'crit', 'preset', 'w', 'mode', 'hideRetired'], noteExpected: true },
  { path: '/ko/matrix/', params: ['tech', 'w'], noteExpected: true },
  // The timeline's note is written by an island without React (components/islands/ignored-params.ts).
  { path: '/ko/timeline/', params: ['category'], noteExpected: true },
  { path: '/en/search/', params: ['q'], noteExpected: false },
  { path: '/ko/search/', params: ['q'], noteExpected: false },
];

function guard(page: Page) {
  const problems: string[] = [];
  page.on('dialog', async (dialog) => {
    problems.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

async function expectNothingInjected(page: Page, input: HostileInput) {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined || (window.parent as unknown as { __pwned?: unknown }).__pwned !== undefined,
    injected: document.querySelectorAll('[data-pwned], iframe[srcdoc], body > style').length,
  }));
  expect(state, `after ${input.label}`).toEqual({ pwned: false, injected: 0 });
}

for (const surface of QUERY_SURFACES) {
  test(`${surface.path} survives ${HOSTILE_INPUTS.length} hostile query strings`, async ({ page }) => {
    test.setTimeout(240_000);
    const problems = guard(page);
    for (const [i, input] of HOSTILE_INPUTS.entries()) {
      // One parameter per input, in turn, so every parameter meets many inputs and a
      // 10,000-character value stays one value: the URL stays within what servers accept.
      const value = queryValue(input);
      const query = `${surface.params[i % surface.params.length]}=${value}&x-unknown=${value.slice(0, 200)}`;
      await page.goto(`${surface.path}?${query}`);
      await expect(page.locator('h1'), `heading after ${input.label}`).toBeVisible();
      if (surface.noteExpected) await expect(page.getByTestId('ignored-params'), `note after ${input.label}`).toBeVisible();
      await expectNothingInjected(page, input);
    }
    expect(problems).toEqual([]);
  });
}

for (const locale of ['en', 'ko'] as const) {
  test(`the ${locale} search box takes every hostile input without breaking`, async ({ page }) => {
    test.setTimeout(240_000);
    const problems = guard(page);
    await page.goto(`/${locale}/`);
    await page.keyboard.press('Control+k');
    const box = page.getByRole('dialog').getByRole('combobox');
    await expect(box).toBeVisible();
    for (const input of HOSTILE_INPUTS) {
      // fill() cannot carry lone surrogates through the protocol, so the value is set in the page.
      await box.evaluate((element, text) => {
        const field = element as HTMLInputElement;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, text);
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }, input.text);
      await expect(page.getByRole('dialog'), `dialog after ${input.label}`).toBeVisible();
      await expectNothingInjected(page, input);
    }
    await box.fill('kubernetes');
    await expect(page.getByRole('dialog').getByRole('option').first()).toBeVisible();
    expect(problems).toEqual([]);
  });
}
