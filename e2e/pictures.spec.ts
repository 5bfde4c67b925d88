import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { content, LOCALES } from './site-content';

/**
 * The pictures (#16): the lifespan chart on the timeline and on articles, the
 * architecture diagrams laid out at build time, the matrix's score bars.
 * Screenshots were made with fonts-noto-cjk installed (.ci/run installs it).
 */

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  await page.reload();
  if (theme === 'dark') await expect(page.locator('html')).toHaveClass(/dark/);
  else await expect(page.locator('html')).not.toHaveClass(/dark/);
}

for (const locale of LOCALES) {
  test(`${locale}: the timeline has one lane per technology, each linking to its article`, async ({ page }) => {
    await page.goto(`/${locale}/timeline/`);
    const lanes = page.locator('[data-lifespan-chart] [data-lane]');
    const technologies = content.technologies[locale];
    await expect(lanes).toHaveCount(technologies.length);
    const slugs = await lanes.evaluateAll((els) => els.map((el) => el.getAttribute('data-lane')));
    expect(slugs.sort()).toEqual(technologies.map((t) => t.slug).sort());
    for (const tech of technologies) {
      const lane = page.locator(`#lane-${tech.slug}`);
      await expect(lane).toHaveAttribute('data-state', tech.status.state);
      await expect(lane.locator('a').first()).toHaveAttribute('href', `/${locale}/tech/${tech.slug}/`);
    }
  });

  test(`${locale}: a retired technology's lane links to its successor's lane`, async ({ page }) => {
    await page.goto(`/${locale}/timeline/`);
    const retired = content.technologies[locale].filter((t) => t.status.state === 'retired' && t.successors.length);
    expect(retired.length).toBeGreaterThan(0);
    for (const tech of retired) {
      for (const successor of tech.successors) {
        const link = page.locator(`#lane-${tech.slug} [data-successor-link="${successor}"]`);
        await expect(link).toHaveAttribute('href', `#lane-${successor}`);
        await expect(page.locator(`#lane-${successor}`)).toHaveCount(1);
      }
    }
    // Following the link brings the successor's lane into view.
    const acs = page.locator('#lane-azure-container-service [data-successor-link="aks"]');
    await acs.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#lane-aks$/);
  });

  test(`${locale}: every article shows its lane and its successors' lanes`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const tech of content.technologies[locale]) {
      await page.goto(`/${locale}/tech/${tech.slug}/`);
      const lanes = page.locator('[data-article-lifespan] [data-lane]');
      await expect(lanes).toHaveCount(1 + tech.successors.length);
      await expect(lanes.first()).toHaveAttribute('data-lane', tech.slug);
    }
  });

  test(`${locale}: every article's How it works has an inline SVG diagram with a title and description`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const tech of content.technologies[locale]) {
      await page.goto(`/${locale}/tech/${tech.slug}/`);
      const svg = page.locator('#how-it-works ~ figure.diagram svg[role="img"]').first();
      await expect(svg, tech.slug).toBeVisible();
      const { title, desc, labelledBy } = await svg.evaluate((el) => ({
        title: el.querySelector(':scope > title')?.textContent ?? '',
        desc: el.querySelector(':scope > desc')?.textContent ?? '',
        labelledBy: (el.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? ''),
      }));
      expect(title.length, `${tech.slug} title`).toBeGreaterThan(5);
      expect(desc.length, `${tech.slug} description`).toBeGreaterThan(40);
      expect(labelledBy).toEqual([title, desc]);
      // The diagram comes before the next section: it belongs to "How it works".
      const inSection = await svg.evaluate((el) => {
        const heading = document.getElementById('how-it-works')!;
        const next = document.getElementById('history-and-status')!;
        return Boolean(heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) && Boolean(el.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(inSection, tech.slug).toBe(true);
    }
  });
}

test('no sideways page scroll at 360 px on the timeline and on an article with a wide diagram', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/en/timeline/', '/ko/timeline/', '/en/tech/kubernetes/', '/ko/tech/magnum/']) {
    await page.goto(path);
    await noSidewaysScroll(page);
  }
});

test('the category filter hides other categories’ lanes', async ({ page }) => {
  await page.goto('/en/timeline/?category=azure-service');
  await expect(page.locator('[data-lane-group="azure-service"]')).toBeVisible();
  await expect(page.locator('[data-lane-group="orchestrator"]')).toBeHidden();
  const azure = content.technologies.en.filter((t) => t.category === 'azure-service').length;
  await expect(page.locator('[data-lane]:visible')).toHaveCount(azure);
});

/** Dark mode changes only colours, so there only the colour rules run again (as in crawl.spec.ts). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

for (const theme of ['light', 'dark'] as const) {
  for (const path of ['/en/timeline/', '/ko/tech/kuryr/', '/en/matrix/']) {
    test(`axe finds nothing on ${path} in the ${theme} theme`, async ({ page }) => {
      // axe over ~150 timeline entries and the chart is slow on a busy two-core machine.
      test.setTimeout(120_000);
      await page.goto(path);
      await setTheme(page, theme);
      const builder = new AxeBuilder({ page });
      const results = await (theme === 'light' ? builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']) : builder.withRules(COLOUR_RULES)).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  for (const locale of LOCALES) {
    test(`screenshots: the ${locale} timeline chart and Zun's diagram, ${theme}`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${locale}/timeline/`);
      await setTheme(page, theme);
      await expect(page.locator('.lifespan-scroll')).toHaveScreenshot(`timeline-${locale}-${theme}.png`);
      await page.goto(`/${locale}/tech/zun/`);
      await setTheme(page, theme);
      await expect(page.locator('figure.diagram').first()).toHaveScreenshot(`diagram-zun-${locale}-${theme}.png`);
    });
  }
}

test('the matrix score bars follow the weights and keep their numbers as text', async ({ page }) => {
  await page.goto('/en/matrix/');
  const chart = page.getByTestId('score-chart');
  await expect(chart).toBeVisible();
  const rows = chart.locator('[data-score-row]');
  await expect(rows.first()).toBeVisible();
  const firstSums = chart.getByTestId('score-sums').first();
  const before = await firstSums.textContent();
  // The breakdown opens from the keyboard.
  await firstSums.focus();
  await page.keyboard.press('Enter');
  await expect(chart.locator('[data-score-row] details[open] [data-testid="score-lines"]').first()).toBeVisible();
  // Setting every weight to zero leaves nothing counted: every bar empties and every score is 0.
  const weights = page.locator('select[data-weight]');
  const count = await weights.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) await weights.nth(i).selectOption('0');
  await expect(chart.locator('.score-bar rect')).toHaveCount(0);
  await expect(firstSums).not.toHaveText(before ?? '');
  await expect(chart.getByTestId('score-sums').first()).toContainText(': 0');
});
