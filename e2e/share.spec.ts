import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { sitemapPaths } from './crawl-support';
import { builtPagePaths, decodeQr, metaContent, OUT, pngSize } from './share-support';
import { content, LOCALES } from './site-content';

const SLUG = 'kubernetes';

async function openShareDialog(page: Page) {
  await page.locator('[data-share-open]').click();
  const dialog = page.locator('[data-share-dialog]');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-share-qr] svg')).toBeVisible();
  return dialog;
}

test.describe('share images', () => {
  for (const locale of LOCALES) {
    test(`every ${locale} article and the home page have a 1200 × 630 PNG named in their link-preview tags`, () => {
      const pages = [
        { html: `${locale}/index.html`, image: `/og/${locale}/home.png` },
        ...content.technologies[locale].map((tech) => ({ html: `${locale}/tech/${tech.slug}/index.html`, image: `/og/${locale}/tech/${tech.slug}.png` })),
      ];
      for (const { html, image } of pages) {
        expect(pngSize(path.join(OUT, image)), image).toEqual({ width: 1200, height: 630 });
        const source = readFileSync(path.join(OUT, html), 'utf8');
        expect(metaContent(source, 'og:image'), html).toMatch(new RegExp(`^https?://[^/]+${image.replaceAll('.', '\\.')}$`));
        expect(metaContent(source, 'og:image:width')).toBe('1200');
        expect(metaContent(source, 'og:image:height')).toBe('630');
        expect(metaContent(source, 'og:locale')).toBe(locale === 'ko' ? 'ko_KR' : 'en_GB');
        expect(metaContent(source, 'og:title')).toBeTruthy();
        expect(metaContent(source, 'og:description')).toBeTruthy();
        expect(metaContent(source, 'twitter:card')).toBe('summary_large_image');
        expect(metaContent(source, 'twitter:image')).toBe(metaContent(source, 'og:image'));
      }
    });
  }
});

test.describe('heading links', () => {
  for (const pathname of [`/en/tech/${SLUG}/`, `/ko/tech/${SLUG}/`, '/ko/glossary/', '/en/']) {
    test(`every heading on ${pathname} has an anchor link and a copy button`, async ({ page }) => {
      await page.goto(pathname);
      const ids = await page.locator('main :is(h2, h3, h4)[id]').evaluateAll((hs) => hs.filter((h) => !h.closest('nav, dialog')).map((h) => h.id));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const heading = page.locator(`[id="${id}"]`);
        await expect(heading.locator(`a[href="#${id}"]`)).toBeVisible();
        await expect(heading.locator(`button[data-copy-link="${id}"]`)).toBeVisible();
      }
    });
  }

  test('the copy button copies the full URL with the anchor, and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/en/tech/${SLUG}/?from=slide`);
    const button = page.getByRole('button', { name: 'Copy link to this section' }).and(page.locator('[data-copy-link="how-it-works"]'));
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/tech/${SLUG}/#how-it-works`);
    // Shown beside the button, announced by the page's one live region, which sits outside every heading.
    await expect(page.locator('[id="how-it-works"] [data-copy-link-outcome]')).toHaveText('Link copied');
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
    await expect(page.locator(':is(h1, h2, h3, h4, h5, h6) [role="status"]')).toHaveCount(0);
  });

  test('the copy button has a Korean name on Korean pages', async ({ page }) => {
    await page.goto(`/ko/tech/${SLUG}/`);
    await expect(page.locator('[data-copy-link="what-it-is"]')).toHaveAccessibleName('이 섹션 링크 복사');
  });

  test('without JavaScript the anchor links remain and no dead buttons show', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/en/tech/${SLUG}/`);
    await expect(page.locator('[id="how-it-works"] a[href="#how-it-works"]')).toBeVisible();
    await expect(page.locator('[data-copy-link="how-it-works"]')).toBeHidden();
    await expect(page.locator('[data-share-open]')).toBeHidden();
    await context.close();
  });
});

test.describe('share panel', () => {
  test('its QR code decodes to exactly the current URL, with query state and anchor', async ({ page }) => {
    await page.goto(`/en/tech/${SLUG}/?view=compact&q=${encodeURIComponent('파드 & pods')}#how-it-works`);
    const dialog = await openShareDialog(page);
    await expect(dialog.locator('[data-share-url]')).toHaveValue(page.url());
    expect(decodeQr(await dialog.locator('[data-share-qr]').screenshot())).toBe(page.url());
  });

  test('copy link copies the current URL', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/ko/tech/${SLUG}/?weights=a:3`);
    const dialog = await openShareDialog(page);
    await dialog.getByRole('button', { name: '링크 복사' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await expect(dialog.getByRole('status')).toHaveText('링크를 복사했습니다');
  });

  test('presents the QR code large enough to project, and it still decodes', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/en/tech/${SLUG}/?x=1`);
    const dialog = await openShareDialog(page);
    await dialog.getByRole('button', { name: 'Show large' }).click();
    const qr = dialog.locator('[data-share-qr]');
    const box = (await qr.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(720 * 0.6);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    expect(decodeQr(await qr.screenshot())).toBe(page.url());
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('[data-share-open]')).toBeFocused();
  });

  test('downloads the QR code as SVG and as a PNG that decodes to the URL', async ({ page }) => {
    await page.goto(`/en/tech/${SLUG}/?state=1`);
    const dialog = await openShareDialog(page);
    const [svg] = await Promise.all([page.waitForEvent('download'), dialog.locator('[data-share-download="svg"]').click()]);
    expect(svg.suggestedFilename()).toBe(`container-atlas-en-tech-${SLUG}-qr.svg`);
    expect(readFileSync((await svg.path())!, 'utf8')).toMatch(/^<svg[^>]*viewBox/);
    const [png] = await Promise.all([page.waitForEvent('download'), dialog.locator('[data-share-download="png"]').click()]);
    expect(png.suggestedFilename()).toBe(`container-atlas-en-tech-${SLUG}-qr.png`);
    const bytes = readFileSync((await png.path())!);
    expect(decodeQr(bytes)).toBe(page.url());
  });

  test('the QR library is not loaded until the panel opens', async ({ page }) => {
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.text());
    });
    await page.goto(`/en/tech/${SLUG}/`, { waitUntil: 'networkidle' });
    // A message from qrcode's encoder marks the chunk that bundles it.
    const hasQrLibrary = () => scripts.some((code) => code.includes('The amount of data is too big to be stored in a QR Code'));
    expect(hasQrLibrary()).toBe(false);
    await openShareDialog(page);
    await expect.poll(hasQrLibrary).toBe(true);
  });
});

test.describe('aliases', () => {
  for (const { alias, slug } of content.aliases) {
    test(`/${alias}/ lands on the ${slug} article`, async ({ page }) => {
      await page.goto(`/${alias}/`);
      await expect(page).toHaveURL(`/en/tech/${slug}/`);
    });
  }

  test('an alias follows the browser language and keeps the anchor', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto('/k8s/#history-and-status');
    await expect(page).toHaveURL('/ko/tech/kubernetes/#history-and-status');
    await context.close();
  });

  test('an alias follows a remembered language choice first', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto('/ko/');
    await page.evaluate(() => localStorage.setItem('atlas-locale', 'en'));
    await page.goto('/aks/');
    await expect(page).toHaveURL('/en/tech/aks/');
    await context.close();
  });

  test('without JavaScript an alias redirects to the English article and names it canonical', async ({ browser, request }) => {
    const html = await (await request.get('/magnum/')).text();
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/en\/tech\/magnum\/">/);
    expect(html).toContain('<a href="/ko/tech/magnum/" hreflang="ko">');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/magnum/');
    await expect(page).toHaveURL('/en/tech/magnum/');
    await context.close();
  });
});

test.describe('sitemap and robots', () => {
  const xml = readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8');
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
  const listed = entries.map((e) => new URL(/<loc>([^<]+)<\/loc>/.exec(e)![1]!).pathname);

  test('lists only pages that exist', () => {
    const missing = listed.filter((p) => !existsSync(path.join(OUT, p, 'index.html')));
    expect(missing).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  test('lists every page the build made, except the language picker, the 404 page and the aliases', () => {
    const skipped = new Set(['/', ...content.aliases.map((a) => `/${a.alias}/`)]);
    const built = builtPagePaths().filter((p) => !skipped.has(p) && !p.startsWith('/og/') && !p.startsWith('/404'));
    expect(built.length).toBeGreaterThan(content.technologies.en.length * 2);
    expect(built.filter((p) => !listed.includes(p))).toEqual([]);
  });

  test('gives every page its alternates in both languages', () => {
    for (const entry of entries) {
      for (const locale of LOCALES) expect(entry, entry).toMatch(new RegExp(`hreflang="${locale}"\\s+href="https?://[^"]+/${locale}/`));
    }
  });

  test('robots.txt allows crawling and names the sitemap by absolute URL', () => {
    const robots = readFileSync(path.join(OUT, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/Allow: \//);
    expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
  });

  test('pages name their canonical URL and both language alternates', async ({ page }) => {
    await page.goto(`/ko/tech/${SLUG}/`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/ko/tech/${SLUG}/$`));
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', new RegExp(`/en/tech/${SLUG}/$`));
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`/en/tech/${SLUG}/$`));
  });
});

test.describe('printed handouts', () => {
  test('an article prints without navigation or controls, with link addresses and its QR code', async ({ page }) => {
    await page.goto(`/en/tech/${SLUG}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header nav[aria-label="Main"]')).toBeHidden();
    await expect(page.locator('[data-share-open]')).toBeHidden();
    await expect(page.locator('[data-copy-link]').first()).toBeHidden();
    await expect(page.locator('nav[aria-labelledby="toc-heading"]')).toBeHidden();
    const external = page.locator('#sources ~ ol a[href^="http"]').first();
    const href = await external.getAttribute('href');
    expect(await external.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
    const qr = page.locator('[data-handout-qr]');
    await expect(qr).toBeVisible();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(decodeQr(await qr.locator('[role="img"]').screenshot())).toBe(canonical);
    const box = (await qr.boundingBox())!;
    expect(box.y).toBeLessThan(50);
  });

  test('tables break between rows and repeat their header', async ({ page }) => {
    await page.goto(`/en/tech/${SLUG}/`);
    await page.emulateMedia({ media: 'print' });
    const table = page.locator('.prose table').first();
    await expect(table).toBeVisible();
    expect(await table.locator('tr').first().evaluate((tr) => getComputedStyle(tr).breakInside)).toBe('avoid');
    expect(await table.locator('thead').evaluate((t) => getComputedStyle(t).display)).toBe('table-header-group');
  });

  test('the home page prints a QR code of its canonical URL', async ({ page }) => {
    await page.goto('/ko/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header nav')).toBeHidden();
    const qr = page.locator('[data-handout-qr]');
    await expect(qr).toBeVisible();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(decodeQr(await qr.locator('[role="img"]').screenshot())).toBe(canonical);
  });

  // Pages whose view lives in the URL print a QR code of the URL with its state (SharePanel's live handout QR).
  // One test per such page in the sitemap; they appear as the comparison, matrix and search pages land.
  for (const pathname of sitemapPaths().filter((p) => /^\/(en|ko)\/(compare|matrix|search)\/$/.test(p))) {
    test(`${pathname} prints a QR code of its current URL, state included`, async ({ page }) => {
      await page.goto(`${pathname}?from=meetup`, { waitUntil: 'networkidle' });
      await page.emulateMedia({ media: 'print' });
      // Drawn as printing starts (components/islands/live-handout-qr.ts), from the address at that moment.
      await expect(page.locator('[data-handout-qr] svg')).toBeAttached();
      const qr = page.locator('[data-handout-qr]');
      await expect(qr).toBeVisible();
      expect(decodeQr(await qr.locator('[role="img"]').screenshot())).toBe(page.url());
      await expect(page.locator('header nav')).toBeHidden();
      await expect(page.locator('[data-share-open]')).toBeHidden();
    });
  }
});

test.describe('share dialog accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the open dialog passes axe in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/ko/tech/${SLUG}/`);
      await openShareDialog(page);
      const results = await new AxeBuilder({ page }).include('[data-share-dialog]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
