import type { Page } from '@playwright/test';

/** Rows in the comparison's partial preview (today's 30 technologies fit in one page; a few hundred would not). */
export const PREVIEW_ROWS = 10;

/**
 * Serves the comparison a preview that holds only its first PREVIEW_ROWS rows,
 * as a few hundred technologies would make it, and records when rows.json
 * (every row) is asked for. `rowsJson`: serve it, fail it, or hold it until
 * the given promise settles.
 */
export async function partialPreview(page: Page, rowsJson: 'serve' | 'fail' | Promise<void> = 'serve', locale = 'en') {
  const fetched: string[] = [];
  await page.route(`**/${locale}/compare/preview.json`, async (route) => {
    const response = await route.fetch();
    const { preview } = (await response.json()) as { preview: { rows: unknown[]; complete: boolean } };
    await route.fulfill({ response, json: { preview: { ...preview, rows: preview.rows.slice(0, PREVIEW_ROWS), complete: false } } });
  });
  await page.route(`**/${locale}/compare/rows.json`, async (route) => {
    fetched.push(route.request().url());
    if (rowsJson === 'fail') return route.abort();
    if (rowsJson !== 'serve') await rowsJson;
    return route.continue();
  });
  return fetched;
}
