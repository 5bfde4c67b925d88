import { expect, type Page, test } from '@playwright/test';
import { content } from './site-content';

/**
 * The pros and cons matrix (issue #5). Expected rankings are computed here
 * from the articles' frontmatter, independently of the page's own scoring code.
 */

const DEFAULT_SET = ['magnum', 'zun', 'kuryr', 'kolla', 'openstack-helm', 'aks'];
const criteria = content.criteria.map((c) => c.key);
const presets = content.presets;
const POINTS: Record<string, number> = { pro: 1, neutral: 0, con: -1 };

/** Slugs in the order the page must show them: score descending, ties in English title order. */
function expectedOrder(slugs: string[], weights: Record<string, number>, shown = criteria): { slug: string; score: number }[] {
  return content.technologies.en
    .filter((tech) => slugs.includes(tech.slug))
    .map((tech) => ({
      slug: tech.slug,
      score: shown.reduce((sum, key) => sum + (POINTS[tech.ratings[key]?.rating ?? 'na'] ?? 0) * (weights[key] ?? 1), 0),
    }))
    .sort((a, b) => b.score - a.score);
}

const table = (page: Page) => page.getByTestId('matrix-table');
const rowOrder = (page: Page) => table(page).locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-tech')));
const shownScores = (page: Page) => table(page).getByTestId('score').allTextContents();
const asDisplayed = (score: number) => (score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0');

/** Opens the matrix and waits until React has hydrated it, so a first click is not lost. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.locator('[data-island="MatrixExplorer"][data-hydrated]').waitFor({ state: 'attached' });
}

async function expectRanking(page: Page, expected: { slug: string; score: number }[]) {
  await expect.poll(() => rowOrder(page)).toEqual(expected.map((e) => e.slug));
  expect(await shownScores(page)).toEqual(expected.map((e) => asDisplayed(e.score)));
}

test.describe('the matrix', () => {
  test('renders the default comparison in the server HTML, before any JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/matrix/');
    await expect(page.locator('h1')).toHaveText('Pros and cons matrix');
    expect(await rowOrder(page)).toEqual(expectedOrder(DEFAULT_SET, {}).map((e) => e.slug));
    await expect(table(page).locator('thead th[data-criterion]')).toHaveCount(criteria.length);
    await context.close();
  });

  test('each cell shows a symbol and a word, and its reason with a link to the article', async ({ page }) => {
    await open(page, '/en/matrix/');
    const magnum = content.technologies.en.find((t) => t.slug === 'magnum')!;
    const cell = table(page).locator('tr[data-tech="magnum"] td[data-criterion="portability"]');
    const button = cell.getByRole('button');
    await expect(button).toHaveText(/^\+\s?Pro$/);
    // Reasons are rendered on demand: none is in the page until a cell is focused or hovered.
    await expect(cell.getByText(magnum.ratings.portability!.reason)).toHaveCount(0);
    await button.focus();
    await expect(button).toHaveAccessibleDescription(magnum.ratings.portability!.reason);
    await expect(cell.getByText(magnum.ratings.portability!.reason)).toBeVisible();
    await button.blur();
    await expect(cell.getByText(magnum.ratings.portability!.reason)).toHaveCount(0);
    await button.hover();
    await expect(cell.getByText(magnum.ratings.portability!.reason)).toBeVisible();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await cell.getByRole('link', { name: 'Pros and cons of Magnum' }).click();
    await expect(page).toHaveURL(/\/en\/tech\/magnum\/#pros$/);
  });

  test('choosing technologies and criteria changes the rows and columns, and the URL', async ({ page }) => {
    await open(page, '/en/matrix/');
    await page.locator('[data-tech-choice="docker"]').check();
    await page.locator('[data-tech-choice="zun"]').uncheck();
    await expect(page).toHaveURL(/\?tech=aks,docker,kolla,kuryr,magnum,openstack-helm$/);
    const techs = ['aks', 'docker', 'kolla', 'kuryr', 'magnum', 'openstack-helm'];
    await expectRanking(page, expectedOrder(techs, {}));

    await page.locator('[data-criterion-choice="cost"]').uncheck();
    await page.locator('[data-criterion-choice="azure-integration"]').uncheck();
    await expect(table(page).locator('thead th[data-criterion]')).toHaveCount(criteria.length - 2);
    await expect(table(page).locator('th[data-criterion="cost"]')).toHaveCount(0);
    await expect(page).toHaveURL(/&crit=[a-z,-]+$/);
    await expectRanking(page, expectedOrder(techs, {}, criteria.filter((c) => c !== 'cost' && c !== 'azure-integration')));

    await page.getByRole('button', { name: 'None' }).first().click();
    await expect(page.getByTestId('matrix-notice')).toHaveText('Choose at least one technology to fill the matrix.');
  });

  test('a weight change re-ranks the rows as the numbers say, and the row explains its score', async ({ page }) => {
    await open(page, '/en/matrix/');
    await expectRanking(page, expectedOrder(DEFAULT_SET, {}));
    const weights = { 'openstack-integration': 3, 'managed-control-plane': 0, 'azure-integration': 0 };
    expect(expectedOrder(DEFAULT_SET, weights).map((e) => e.slug), 'the change must move rows, or this test proves nothing').not.toEqual(
      expectedOrder(DEFAULT_SET, {}).map((e) => e.slug),
    );
    for (const [key, weight] of Object.entries(weights)) await page.locator(`select[data-weight="${key}"]`).selectOption(String(weight));
    await expectRanking(page, expectedOrder(DEFAULT_SET, weights));
    await expect(page).toHaveURL(/\?w=managed-control-plane:0,openstack-integration:3,azure-integration:0$/);

    const top = expectedOrder(DEFAULT_SET, weights)[0]!;
    const scoreButton = table(page).locator(`tr[data-tech="${top.slug}"] td`).nth(1).getByRole('button');
    await scoreButton.click();
    const lines = table(page).locator(`tr[data-tech="${top.slug}"]`).getByTestId('score-lines');
    await expect(lines).toBeVisible();
    await expect(lines.locator('li')).toHaveCount(criteria.length);
    await expect(lines.locator('li[data-kind="zero-weight"], li[data-kind="not-applicable"]').first()).toBeVisible();
    await expect(table(page).locator(`tr[data-tech="${top.slug}"]`)).toContainText(`Total ${asDisplayed(top.score)}`);
  });

  test('a preset sets every weight, shows the systems it compares and ranks them', async ({ page }) => {
    const preset = presets.find((p) => p.key === 'run-openstack')!;
    // The OpenStack situation compares Magnum with the Cluster API that now builds its clusters.
    expect(preset.technologies).toContain('cluster-api');
    await open(page, '/en/matrix/');
    await page.getByRole('button', { name: preset.name.en }).click();
    await expect(page.getByRole('button', { name: preset.name.en })).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/\?preset=run-openstack$/);
    for (const [key, weight] of Object.entries(preset.weights)) await expect(page.locator(`select[data-weight="${key}"]`)).toHaveValue(String(weight));
    await expectRanking(page, expectedOrder(preset.technologies ?? DEFAULT_SET, preset.weights));
    // The same link opened cold shows the same view.
    await open(page, '/en/matrix/?preset=run-openstack');
    await expectRanking(page, expectedOrder(preset.technologies ?? DEFAULT_SET, preset.weights));

    // Once the weights leave the preset, its systems stay chosen and the link spells them out.
    await page.locator('select[data-weight="cost"]').selectOption('3');
    await expect(page.getByRole('button', { name: preset.name.en })).toHaveAttribute('aria-pressed', 'false');
    await expect(page).toHaveURL(new RegExp(`\\?tech=${content.technologies.en.filter((t) => preset.technologies!.includes(t.slug)).map((t) => t.slug).join(',')}&w=`));
  });

  test('side by side shows the full pros and cons of two to four technologies', async ({ page }) => {
    await open(page, '/en/matrix/?tech=docker,kubernetes');
    await page.locator('label', { hasText: 'Side by side' }).click();
    await expect(page).toHaveURL(/mode=side/);
    const columns = page.getByTestId('side-by-side').locator('section');
    await expect(columns).toHaveCount(2);
    for (const slug of ['docker', 'kubernetes']) {
      const tech = content.technologies.en.find((t) => t.slug === slug)!;
      const column = page.getByTestId('side-by-side').locator(`section[data-tech="${slug}"]`);
      await expect(column.locator('li')).toHaveCount(tech.pros.length + tech.cons.length);
      await expect(column).toContainText(tech.cons[0]!.text);
    }
    await page.locator('[data-tech-choice="kubernetes"]').uncheck();
    await expect(page.getByText('Choose at least two technologies to compare them side by side.')).toBeVisible();

    await open(page, '/en/matrix/?mode=side');
    await expect(page.getByTestId('side-by-side').locator('section')).toHaveCount(4);
    await expect(page.getByTestId('only-four')).toContainText('of the 6 you chose');
    const topFour = expectedOrder(DEFAULT_SET, {}).slice(0, 4).map((e) => e.slug);
    expect(await page.getByTestId('side-by-side').locator('section').evaluateAll((s) => s.map((e) => e.getAttribute('data-tech')))).toEqual(topFour);
  });

  test('a shared link reproduces the view, and back and forward walk through the changes', async ({ page }) => {
    await open(page, '/en/matrix/?tech=aks,kolla,magnum&crit=isolation,cost,longevity&w=cost:3,isolation:0&hideRetired=1');
    await expect(page.locator('[data-tech-choice="kolla"]')).toBeChecked();
    await expect(page.locator('[data-tech-choice="zun"]')).not.toBeChecked();
    await expect(page.locator('[data-criterion-choice="maturity"]')).not.toBeChecked();
    await expect(page.locator('select[data-weight="cost"]')).toHaveValue('3');
    await expect(page.getByTestId('hide-retired')).toBeChecked();
    await expectRanking(page, expectedOrder(['aks', 'kolla', 'magnum'], { cost: 3, isolation: 0 }, ['isolation', 'cost', 'longevity']));

    const start = page.url();
    await page.locator('select[data-weight="longevity"]').selectOption('0');
    // The address is written just after the new ranking is painted.
    await expect(page).toHaveURL(/longevity:0/);
    const second = page.url();
    await page.locator('label', { hasText: 'Side by side' }).click();
    await expect(page.getByTestId('side-by-side')).toBeVisible();
    await expect(page).toHaveURL(/mode=side/);

    await page.goBack();
    await expect(page).toHaveURL(second);
    await expect(table(page)).toBeVisible();
    await expect(page.locator('select[data-weight="longevity"]')).toHaveValue('0');
    await page.goBack();
    await expect(page).toHaveURL(start);
    await expect(page.locator('select[data-weight="longevity"]')).toHaveValue('1');
    await page.goForward();
    await expect(page.locator('select[data-weight="longevity"]')).toHaveValue('0');

    await page.reload();
    await expect(page.locator('select[data-weight="longevity"]')).toHaveValue('0');
    await expect(page.locator('select[data-weight="cost"]')).toHaveValue('3');
  });

  test('retired technologies are marked and can be hidden', async ({ page }) => {
    await open(page, '/en/matrix/?tech=dcos,kubernetes,nova-docker');
    await expect(table(page).locator('tr[data-tech="dcos"] [data-status="retired"]')).toHaveText(/Retired/);
    await page.getByTestId('hide-retired').check();
    await expect.poll(() => rowOrder(page)).toEqual(['kubernetes']);
    await expect(page.getByText('2 retired technologies hidden.')).toBeVisible();
    await expect(page).toHaveURL(/hideRetired=1/);
  });

  test('works by keyboard alone', async ({ page }) => {
    await open(page, '/en/matrix/');
    // Weights: a select changes with the arrow keys.
    await page.locator('select[data-weight="cost"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('select[data-weight="cost"]')).toHaveValue('2');
    await expect(page).toHaveURL(/w=cost:2/);
    // Technology checkboxes toggle with Space.
    await page.locator('[data-tech-choice="docker"]').focus();
    await page.keyboard.press('Space');
    await expect(page.locator('[data-tech-choice="docker"]')).toBeChecked();

    // The grid is one tab stop: Tab from the reset button lands on its first cell.
    await page.getByRole('button', { name: 'Reset the view' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/matrix\/$/);
    await page.keyboard.press('Tab');
    const first = expectedOrder(DEFAULT_SET, {})[0]!.slug;
    await expect(page.locator(`tr[data-tech="${first}"] th a`)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const cell = page.locator(`tr[data-tech="${first}"] td[data-criterion="${criteria[0]}"] button`);
    await expect(cell).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const second = expectedOrder(DEFAULT_SET, {})[1]!.slug;
    await expect(page.locator(`tr[data-tech="${second}"] td[data-criterion="${criteria[0]}"] button`)).toBeFocused();
    await page.keyboard.press('End');
    const last = page.locator(`tr[data-tech="${second}"] td[data-criterion="${criteria.at(-1)}"] button`);
    await expect(last).toBeFocused();
    // Enter pins the reason open; Tab reaches its link; Escape closes it and returns focus.
    await page.keyboard.press('Enter');
    await expect(last).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.locator(`tr[data-tech="${second}"] td[data-criterion="${criteria.at(-1)}"] a`)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(last).toBeFocused();
    await expect(last).toHaveAttribute('aria-expanded', 'false');
  });

  test('bad parameters are ignored with a short visible note, and markup stays text', async ({ page }) => {
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    await open(page, '/en/matrix/?tech=zun,no-such-tech,<img src=x onerror=alert(1)>&crit=speed,cost&w=cost:9,isolation:two&preset=cheap&mode=grid&evil=1');
    const note = page.getByTestId('ignored-params');
    await expect(note).toBeVisible();
    for (const text of ['no-such-tech', '<img src=x onerror=alert(1)>', 'speed', 'cost:9', 'isolation:two', 'cheap', 'grid', 'evil']) await expect(note).toContainText(text);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialog).toBe(false);
    // What was understood still applies: Zun alone, against cost, with the default weight.
    expect(await rowOrder(page)).toEqual(['zun']);
    await expect(table(page).locator('thead th[data-criterion]')).toHaveCount(1);
    await expect(page).toHaveURL(/\/en\/matrix\/\?tech=zun&crit=cost$/);
    // The note goes once the reader changes the view.
    await page.locator('[data-tech-choice="aks"]').check();
    await expect(note).toBeHidden();
  });

  test('the Korean page speaks Korean', async ({ page }) => {
    await open(page, '/ko/matrix/');
    await expect(page.locator('h1')).toHaveText('장단점 매트릭스');
    await expect(page.getByRole('button', { name: 'OpenStack을 운영하고 있어요' })).toBeVisible();
    await expect(table(page).locator('tbody button', { hasText: '장점' }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: '장단점 매트릭스', exact: true })).toHaveAttribute('href', '/ko/matrix/');
  });
});

test.describe('the matrix on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  test('on a phone the rows become cards, with no sideways scrolling', async ({ page }) => {
    await open(page, '/ko/matrix/');
    await expect(table(page)).toBeHidden();
    const cards = page.getByTestId('matrix-cards').locator(':scope > li');
    await expect(cards).toHaveCount(DEFAULT_SET.length);
    expect(await cards.evaluateAll((items) => items.map((i) => i.getAttribute('data-tech')))).toEqual(expectedOrder(DEFAULT_SET, {}).map((e) => e.slug));
    const aks = content.technologies.ko.find((t) => t.slug === 'aks')!;
    const rating = page.getByTestId('matrix-cards').locator('li[data-tech="aks"] dd[data-criterion="isolation"] button');
    await rating.tap();
    await expect(page.getByTestId('matrix-cards').getByText(aks.ratings.isolation!.reason)).toBeVisible();
    await page.locator('select[data-weight="isolation"]').selectOption('3');
    await expect(page).toHaveURL(/w=isolation:3/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
