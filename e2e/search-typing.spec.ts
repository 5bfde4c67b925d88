import { expect, type Page, test } from '@playwright/test';
import { builtFile, gzipBytes } from '../scripts/page-weight';

/**
 * Search as a reader meets it on a cold page: typing at full speed right
 * after the shortcut (nothing may be lost while the search code loads),
 * forgiving spelling in both languages, successor questions, the correction
 * notice, and what the first result costs in bytes.
 */

const box = (page: Page) => page.locator('dialog[data-search-dialog]').getByRole('combobox');
const options = (page: Page) => page.locator('dialog[data-search-dialog] [role="listbox"] [role="option"]');
const groups = (page: Page) => page.locator('dialog[data-search-dialog] [data-search-box] [role="group"]');
const notice = (page: Page) => page.locator('dialog[data-search-dialog] [role="status"] [data-search-correction]');

async function coldShortcut(page: Page, path: string, key: string) {
  await page.goto(path);
  await page.keyboard.press(key);
}

test('English typed at full speed right after "/" on a cold page is all kept and searched', async ({ page }) => {
  await coldShortcut(page, '/en/tech/helm/', '/');
  await page.keyboard.type('kubernetes');
  await expect(box(page)).toHaveValue('kubernetes');
  await expect(groups(page).first()).toContainText('Kubernetes');
});

test('Korean typed right after Ctrl+K on a cold page, as insertText and as an IME composition, is kept and searched', async ({ page }) => {
  await coldShortcut(page, '/ko/tech/kubernetes/', 'Control+k');
  const client = await page.context().newCDPSession(page);
  await client.send('Input.insertText', { text: '도커' });
  await expect(box(page)).toHaveValue('도커');
  await expect(groups(page).first()).toContainText('Docker');

  await page.goto('/ko/glossary/');
  await page.keyboard.press('/');
  const ime = await page.context().newCDPSession(page);
  for (const step of ['ㅋ', '쿠', '쿱', '쿠버']) await ime.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  await ime.send('Input.insertText', { text: '쿠버' });
  await expect(box(page)).toHaveValue('쿠버');
  await expect(groups(page).first()).toContainText('Kubernetes');
});

test('the search button opens a box that takes typing before the search code arrives', async ({ page }) => {
  await page.goto('/en/');
  // Hold the search code back: the box must still be there, focused, taking keys.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/islands/search-ui*', async (route) => {
    await held;
    await route.continue();
  });
  await page.locator('[data-search-button]').click();
  await page.keyboard.type('magnum');
  await expect(box(page)).toHaveValue('magnum');
  release();
  await expect(groups(page).first()).toContainText('Magnum');
});

for (const [locale, query, url, said] of [
  ['en', 'kuberentes', '/en/tech/kubernetes/', 'Showing results for “kubernetes”.'],
  ['ko', '쿠버내티스', '/ko/tech/kubernetes/', '“쿠버네티스” 검색 결과를 보여 드립니다.'],
] as const) {
  test(`${locale}: a misspelt name finds its page and the results say what was searched instead`, async ({ page }) => {
    await coldShortcut(page, `/${locale}/`, 'Control+k');
    await box(page).fill(query);
    await expect(options(page).first()).toHaveAttribute('href', new RegExp(`^${url}`));
    await expect(notice(page)).toHaveText(said);
    // The notice is inside the live region, so screen readers hear it.
    await expect(page.locator('dialog[data-search-dialog] [role="status"]')).toContainText(said);
    await box(page).fill(locale === 'en' ? 'kubernetes' : '쿠버네티스');
    await expect(options(page).first()).toHaveAttribute('href', new RegExp(`^${url}`));
    await expect(notice(page)).toBeHidden();
  });
}

test('other spellings of a name, English names on the Korean site and Korean names on the English site', async ({ page }) => {
  await coldShortcut(page, '/ko/', 'Control+k');
  for (const [query, url] of [
    ['쿠베르네테스', '/ko/tech/kubernetes/'],
    ['마그넘', '/ko/tech/magnum/'],
    ['도커머신', '/ko/tech/docker-machine/'],
    ['ㄷㅋㅁㅅ', '/ko/tech/docker-machine/'],
    ['Docker Swarm', '/ko/tech/docker-swarm/'],
  ] as const) {
    await box(page).fill(query);
    await expect(groups(page).filter({ has: page.locator(`a[href^="${url}"]`) }), query).not.toHaveCount(0);
  }
  await coldShortcut(page, '/en/', 'Control+k');
  await box(page).fill('쿠버네티스');
  await expect(options(page).first()).toHaveAttribute('href', /^\/en\/tech\/kubernetes\//);
});

for (const [locale, query, said] of [
  ['en', 'what replaced ACS', 'What replaced Azure Container Service (ACS):'],
  ['ko', 'ACS 후속', 'Azure Container Service (ACS)의 후속:'],
  ['ko', 'ACS 대체', 'Azure Container Service (ACS)의 후속:'],
] as const) {
  test(`${locale}: “${query}” is answered from the successors in the frontmatter`, async ({ page }) => {
    await coldShortcut(page, `/${locale}/`, 'Control+k');
    await box(page).fill(query);
    await expect(options(page).first()).toHaveAttribute('href', `/${locale}/tech/aks/`);
    await expect(page.locator('dialog[data-search-dialog] [data-search-answer]')).toHaveText(said);
  });
}

const BUDGET = 40 * 1024;

for (const [locale, word] of [
  ['en', 'kubernetes'],
  ['ko', '쿠버네티스'],
] as const) {
  test(`${locale}: the first results of a one-word query cost at most 40 KB gzip after the opening keystroke`, async ({ page }) => {
    await page.goto(`/${locale}/tech/docker/`, { waitUntil: 'networkidle' });
    const after: string[] = [];
    page.on('request', (request) => after.push(new URL(request.url()).pathname));
    await page.keyboard.press('/');
    if (locale === 'ko') await (await page.context().newCDPSession(page)).send('Input.insertText', { text: word });
    else await page.keyboard.type(word);
    await expect(options(page).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const bytes = [...new Set(after)].reduce((sum, path) => sum + gzipBytes(builtFile(path)), 0);
    console.log(`${locale} "${word}": ${after.length} requests, ${(bytes / 1024).toFixed(1)} KB gzip after the keystroke`);
    expect(after.some((path) => path.startsWith('/search/'))).toBe(true);
    expect(bytes).toBeLessThanOrEqual(BUDGET);
  });
}
