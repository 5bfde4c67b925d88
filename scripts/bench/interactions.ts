/**
 * Input-to-next-paint of the explorers' interactions, measured in Chromium
 * with the CPU throttled (4× by default, as Lighthouse's mobile preset does)
 * through the Event Timing API: for each real input (Playwright sends trusted
 * keyboard and mouse events through the DevTools protocol) the browser
 * reports the time from the input to the next frame painted after its
 * handlers ran. Entries shorter than the API's 16 ms floor are not reported;
 * such an interaction is counted as ≤ 16 ms.
 */
import type { Browser, Page } from '@playwright/test';

export interface InteractionFigure {
  page: string;
  interaction: string;
  /** The slowest of the runs, in ms (16 = at or under the API's floor). */
  worstMs: number;
  /** The median of the runs, in ms. */
  medianMs: number;
  runs: number;
}

const FLOOR_MS = 16;

declare global {
  interface Window {
    __inp?: number[];
  }
}

/** Records every interaction's duration (pointer, keyboard) into window.__inp from before the page's own scripts run. */
async function observe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__inp = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
        if (entry.interactionId) window.__inp!.push(entry.duration);
      }
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  });
}

/** Runs one interaction and returns its input-to-next-paint: the longest event entry it produced. */
async function measure(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    window.__inp = [];
  });
  await act();
  // Entries are queued after the next paint; two animation frames and a pause let them arrive, even throttled.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 150)))));
  const durations = await page.evaluate(() => window.__inp ?? []);
  return Math.max(FLOOR_MS, ...durations);
}

function summarise(page: string, interaction: string, values: number[]): InteractionFigure {
  const sorted = [...values].sort((a, b) => a - b);
  return { page, interaction, worstMs: sorted.at(-1) ?? 0, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, runs: values.length };
}

async function openThrottled(browser: Browser, url: string, cpuRate: number, ready: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await observe(page);
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator(`${ready}[data-hydrated]`).waitFor({ timeout: 60_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  return page;
}

async function compareInteractions(browser: Browser, origin: string, cpuRate: number): Promise<InteractionFigure[]> {
  const path = '/en/compare/';
  const page = await openThrottled(browser, origin + path, cpuRate, '[data-island="CompareExplorer"]');
  const figures: InteractionFigure[] = [];
  const filter = page.locator('#compare-filter');
  await filter.click();
  const keystrokes: number[] = [];
  for (const key of 'kubernetes') keystrokes.push(await measure(page, () => page.keyboard.press(key)));
  // Deleting the query widens the table back to every row, the heaviest render a keystroke causes.
  for (let i = 0; i < 3; i += 1) keystrokes.push(await measure(page, () => page.keyboard.press('Backspace')));
  await page.keyboard.press('Control+A');
  keystrokes.push(await measure(page, () => page.keyboard.press('Backspace')));
  figures.push(summarise(path, 'filter keystroke', keystrokes));

  const sorts: number[] = [];
  for (const column of ['firstRelease', 'status', 'name', 'firstRelease']) {
    sorts.push(await measure(page, () => page.locator(`thead th[data-column="${column}"] button`).click()));
  }
  figures.push(summarise(path, 'sort', sorts));

  await page.locator('summary', { hasText: /Columns/ }).click();
  const toggles: number[] = [];
  for (const column of ['provides', 'license', 'provides', 'license']) {
    toggles.push(await measure(page, () => page.locator(`[data-column-toggle="${column}"]`).click()));
  }
  figures.push(summarise(path, 'column toggle', toggles));
  await page.context().close();
  return figures;
}

async function matrixInteractions(browser: Browser, origin: string, cpuRate: number): Promise<InteractionFigure[]> {
  const path = '/en/matrix/';
  const page = await openThrottled(browser, origin + path, cpuRate, '[data-island="MatrixExplorer"]');
  const figures: InteractionFigure[] = [];
  const presets = await page.locator('[data-preset]').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.preset!));
  const presetRuns: number[] = [];
  for (const preset of [...presets, ...presets]) presetRuns.push(await measure(page, () => page.locator(`[data-preset="${preset}"]`).click()));
  figures.push(summarise(path, 'preset', presetRuns));

  // A closed <select> on Linux changes its value on an arrow key, without opening: one trusted input, one change.
  const weights = page.locator('select[data-weight]');
  const weightRuns: number[] = [];
  for (let i = 0; i < 6; i += 1) {
    const select = weights.nth(i % (await weights.count()));
    await select.focus();
    weightRuns.push(await measure(page, () => page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowDown')));
  }
  figures.push(summarise(path, 'weight change', weightRuns));

  // Choosing every technology, then the default set again: the largest re-render the picker causes.
  const choose: number[] = [];
  for (let i = 0; i < 2; i += 1) {
    choose.push(await measure(page, () => page.getByRole('button', { name: 'All', exact: true }).first().click()));
    choose.push(await measure(page, () => page.getByRole('button', { name: /default/i }).first().click()));
  }
  figures.push(summarise(path, 'choose all / default technologies', choose));
  await page.context().close();
  return figures;
}

/** The explorers' interactions on a served build, with the CPU throttled `cpuRate` times. */
export async function measureInteractions(browser: Browser, origin: string, cpuRate = 4): Promise<InteractionFigure[]> {
  return [...(await compareInteractions(browser, origin, cpuRate)), ...(await matrixInteractions(browser, origin, cpuRate))];
}
