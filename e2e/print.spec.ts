import { expect, type Page, test } from '@playwright/test';
import { getSearchDictionary } from '../lib/i18n/search-dictionary';
import { partialPreview, PREVIEW_ROWS } from './compare-support';
import { content } from './site-content';

/**
 * Printed handouts (Chromium's print to PDF, A4): the QR code covers no text,
 * no control prints, and the comparison and matrix open with their results,
 * the view's state written out as text. Boxes are measured in print media at
 * the width of A4's printable area, which is what the PDF lays out.
 */

// A4 is 210 × 297 mm; globals.css gives the page 14 mm margins. CSS px are 1/96 in.
const MM = 96 / 25.4;
const PRINTABLE = { width: Math.floor((210 - 28) * MM), height: Math.floor((297 - 28) * MM) };

const HANDOUTS = [
  { kind: 'article', path: (l: string) => `/${l}/tech/magnum/`, results: undefined },
  { kind: 'compare', path: (l: string) => `/${l}/compare/?view=openstack&status=retired&sort=name&dir=desc`, results: '[data-island="CompareExplorer"] table' },
  { kind: 'matrix', path: (l: string) => `/${l}/matrix/?preset=run-openstack&tech=magnum,zun,kubernetes`, results: '#matrix-results' },
  { kind: 'search', path: (l: string) => `/${l}/search/?q=${l === 'en' ? 'magnum' : encodeURIComponent('매그넘')}`, results: undefined },
] as const;

/** Text boxes (one per line of each text node) that intersect the QR code's box, caption and address included. */
function textUnderQr(page: Page) {
  return page.evaluate(() => {
    const qr = document.querySelector('[data-handout-qr]')!.getBoundingClientRect();
    const overlaps: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || node.parentElement?.closest('[data-handout-qr]')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) {
        const intersects = box.width > 0 && box.height > 0 && box.left < qr.right - 0.5 && box.right > qr.left + 0.5 && box.top < qr.bottom - 0.5 && box.bottom > qr.top + 0.5;
        if (intersects) overlaps.push(node.textContent.trim().slice(0, 60));
      }
    }
    return { qr: { width: qr.width, height: qr.height }, overlaps };
  });
}

/** Form controls that take up any space on paper. */
function printedControls(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, button, summary, [role="button"], [role="checkbox"], [role="radio"], [role="combobox"], [role="switch"], [role="slider"], [role="tab"]')]
      .filter((control) => {
        const box = control.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(control).visibility !== 'hidden';
      })
      .map((control) => control.outerHTML.slice(0, 120)),
  );
}

for (const locale of ['en', 'ko'] as const) {
  for (const handout of HANDOUTS) {
    test(`the ${locale} ${handout.kind} handout prints clean on A4`, async ({ page }, testInfo) => {
      await page.setViewportSize(PRINTABLE);
      await page.goto(handout.path(locale), { waitUntil: 'networkidle' });
      await page.emulateMedia({ media: 'print' });
      // A live QR code (comparison, matrix, search) is drawn as printing starts, from the address at that moment.
      await expect(page.locator('[data-handout-qr] [role="img"] svg')).toBeAttached();
      if (handout.kind !== 'article') await expect(page.locator('[data-handout-qr-url]')).toHaveText(page.url());
      // Keyboard hints are for the screen: the search page's paper has none.
      if (handout.kind === 'search') await expect(page.locator('#search-page-help')).toBeHidden();
      // The box does not print; a line says what was searched.
      if (handout.kind === 'search') {
        await expect(page.locator('[data-search-printed-query]')).toBeVisible();
        await expect(page.locator('[data-search-printed-query]')).toHaveText(getSearchDictionary(locale).printedQuery(locale === 'en' ? 'magnum' : '매그넘'));
        // Each result's heading is underlined as a link; the excerpt under it is plain text.
        const result = page.locator('a[role="option"]').first();
        expect(await result.locator('> span').first().evaluate((span) => getComputedStyle(span).textDecorationLine)).toBe('underline');
        expect(await result.evaluate((link) => getComputedStyle(link).textDecorationLine)).toBe('none');
      }

      const { qr, overlaps } = await textUnderQr(page);
      expect(qr.width, 'QR code printed').toBeGreaterThan(0);
      expect(overlaps, 'text under the QR code').toEqual([]);
      expect(await printedControls(page), 'form controls on paper').toEqual([]);

      if (handout.results) {
        const top = await page.locator(handout.results).first().evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
        expect(top, 'results start on the first page').toBeLessThan(PRINTABLE.height - 100);
        const state = page.locator('[data-print-state]');
        await expect(state).toBeVisible();
        await expect(state).toContainText(locale === 'en' ? 'This view: ' : '이 보기: ');
      }

      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await testInfo.attach(`${locale}-${handout.kind}.pdf`, { body: pdf, contentType: 'application/pdf' });
    });
  }
}

test.describe('a comparison printed before every row has arrived', () => {
  for (const locale of ['en', 'ko'] as const) {
    test(`the ${locale} paper says it holds only the first rows, and where the whole table is`, async ({ page }) => {
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const fetched = await partialPreview(page, held, locale);
      await page.setViewportSize(PRINTABLE);
      await page.goto(`/${locale}/compare/`);
      await page.locator('[data-island="CompareExplorer"][data-hydrated]').waitFor({ state: 'attached' });
      const total = content.technologies[locale].length;
      const rows = page.locator('[data-island="CompareExplorer"] tbody tr');
      const note = page.locator('[data-print-partial]');
      // On screen the pager says so; the note is for paper only.
      await expect(note).toBeHidden();

      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      await expect(rows).toHaveCount(PREVIEW_ROWS);
      await expect(note).toBeVisible();
      await expect(note).toContainText(locale === 'en' ? `first ${PREVIEW_ROWS} of the ${total} rows` : `${total}개 행 중 처음 ${PREVIEW_ROWS}개`);
      await expect(note).toContainText(locale === 'en' ? 'address printed at the top' : '위쪽에 인쇄된 주소');
      expect(fetched, 'every row is asked for, once').toHaveLength(1);

      // Once every row is here the printout is whole, and says nothing.
      release();
      await expect(rows).toHaveCount(total);
      await expect(note).toBeEmpty();
    });
  }
});
