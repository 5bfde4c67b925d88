/**
 * Input-to-next-paint of the explorers' interactions, measured in Chromium
 * with the CPU throttled (4× by default, as Lighthouse's mobile preset does)
 * through the Event Timing API: for each real input (Playwright sends trusted
 * keyboard and mouse events through the DevTools protocol) the browser
 * reports the time from the input to the next frame painted after its
 * handlers ran. Entries shorter than the API's 16 ms floor are not reported;
 * such an interaction is counted as ≤ 16 ms.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { type TraceBreakdown, type TraceEvent, breakDown } from './trace-breakdown';

export type { TraceBreakdown };

export interface InteractionFigure {
  page: string;
  interaction: string;
  /** The slowest of the runs, in ms (16 = at or under the API's floor). */
  worstMs: number;
  /** The median of the runs, in ms. */
  medianMs: number;
  /** The quickest of the runs, in ms: on a shared machine, the one least slowed by other processes. */
  bestMs: number;
  runs: number;
  /** With `trace`: the renderer main thread's CPU time per interaction (mean over the runs, unthrottled), by kind of work. */
  trace?: TraceBreakdown;
}

export interface MeasureOptions {
  /** Also record a DevTools trace of each run and break its main-thread time down (slower; for finding where time goes). */
  trace?: boolean;
}

/** A throttled page, with the DevTools session that traces it when asked. */
interface Subject {
  page: Page;
  cdp: CDPSession;
  traces?: TraceBreakdown[];
}

const FLOOR_MS = 16;

declare global {
  interface Window {
    __inp?: number[];
    __inpParts?: { name: string; start: number; delay: number; processing: number; presentation: number; duration: number }[];
  }
}

/** Records every interaction's duration (pointer, keyboard) into window.__inp from before the page's own scripts run. */
async function observe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__inp = [];
    window.__inpParts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
        if (!entry.interactionId) continue;
        window.__inp!.push(entry.duration);
        window.__inpParts!.push({
          name: entry.name,
          start: entry.startTime,
          duration: entry.duration,
          delay: entry.processingStart - entry.startTime,
          processing: entry.processingEnd - entry.processingStart,
          presentation: entry.startTime + entry.duration - entry.processingEnd,
        });
      }
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  });
}

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: object[] }) => events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

/** Runs one interaction and returns its input-to-next-paint: the longest event entry it produced. */
async function measure(subject: Subject, act: () => Promise<void>): Promise<number> {
  const { page } = subject;
  await page.evaluate(() => {
    window.__inp = [];
    window.__inpParts = [];
  });
  const stopTrace = subject.traces ? await startTrace(subject.cdp) : undefined;
  await act();
  // Entries are queued after the next paint; two animation frames and a pause let them arrive, even throttled.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 150)))));
  const durations = await page.evaluate(() => window.__inp ?? []);
  if (stopTrace && subject.traces) {
    const breakdown = breakDown(await stopTrace());
    // The interaction's entries (pointerdown, pointerup, click; or keydown, keyup) share one frame: the time to the
    // first handler, in the handlers (React renders there), and from the last handler to the paint (style, layout, paint).
    const parts = await page.evaluate(() => window.__inpParts ?? []);
    if (parts.length) {
      const starts = parts.map((p) => p.start);
      const start = Math.min(...starts);
      const end = Math.max(...parts.map((p) => p.start + p.duration));
      const handlers = parts.reduce((sum, p) => sum + p.processing, 0);
      const delay = Math.min(...parts.map((p) => p.start + p.delay)) - start;
      Object.assign(breakdown, { 'entry: input delay': delay, 'entry: handlers': handlers, 'entry: after handlers to paint': end - start - delay - handlers });
    }
    subject.traces.push(breakdown);
  }
  return Math.max(FLOOR_MS, ...durations);
}

function summarise(subject: Subject, page: string, interaction: string, values: number[]): InteractionFigure {
  const sorted = [...values].sort((a, b) => a - b);
  const figure: InteractionFigure = { page, interaction, bestMs: sorted[0] ?? 0, worstMs: sorted.at(-1) ?? 0, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, runs: values.length };
  if (subject.traces?.length) {
    const sum: TraceBreakdown = {};
    for (const trace of subject.traces) for (const [kind, ms] of Object.entries(trace)) sum[kind] = (sum[kind] ?? 0) + ms / subject.traces.length;
    figure.trace = sum;
    subject.traces = [];
  }
  return figure;
}

async function openThrottled(browser: Browser, url: string, cpuRate: number, ready: string, options: MeasureOptions): Promise<Subject> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await observe(page);
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator(`${ready}[data-hydrated]`).waitFor({ timeout: 60_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  return { page, cdp, traces: options.trace ? [] : undefined };
}

async function compareInteractions(browser: Browser, origin: string, cpuRate: number, options: MeasureOptions): Promise<InteractionFigure[]> {
  const path = '/en/compare/';
  const subject = await openThrottled(browser, origin + path, cpuRate, '[data-island="CompareExplorer"]', options);
  const { page } = subject;
  const figures: InteractionFigure[] = [];
  const filter = page.locator('#compare-filter');
  await filter.click();
  const keystrokes: number[] = [];
  for (const key of 'kubernetes') keystrokes.push(await measure(subject, () => page.keyboard.press(key)));
  // Deleting the query widens the table back to every row, the heaviest render a keystroke causes.
  for (let i = 0; i < 3; i += 1) keystrokes.push(await measure(subject, () => page.keyboard.press('Backspace')));
  await page.keyboard.press('Control+A');
  keystrokes.push(await measure(subject, () => page.keyboard.press('Backspace')));
  figures.push(summarise(subject, path, 'filter keystroke', keystrokes));

  const sorts: number[] = [];
  for (const column of ['firstRelease', 'status', 'name', 'firstRelease']) {
    sorts.push(await measure(subject, () => page.locator(`thead th[data-column="${column}"] button`).click()));
  }
  figures.push(summarise(subject, path, 'sort', sorts));

  await page.locator('summary', { hasText: /Columns/ }).click();
  const toggles: number[] = [];
  for (const column of ['provides', 'license', 'provides', 'license']) {
    toggles.push(await measure(subject, () => page.locator(`[data-column-toggle="${column}"]`).click()));
  }
  figures.push(summarise(subject, path, 'column toggle', toggles));
  await page.context().close();
  return figures;
}

async function matrixInteractions(browser: Browser, origin: string, cpuRate: number, options: MeasureOptions): Promise<InteractionFigure[]> {
  const path = '/en/matrix/';
  const subject = await openThrottled(browser, origin + path, cpuRate, '[data-island="MatrixExplorer"]', options);
  const { page } = subject;
  const figures: InteractionFigure[] = [];
  const presets = await page.locator('[data-preset]').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.preset!));
  const presetRuns: number[] = [];
  for (const preset of [...presets, ...presets]) presetRuns.push(await measure(subject, () => page.locator(`[data-preset="${preset}"]`).click()));
  figures.push(summarise(subject, path, 'preset', presetRuns));

  // A closed <select> on Linux changes its value on an arrow key, without opening: one trusted input, one change.
  const weights = page.locator('select[data-weight]');
  const weightRuns: number[] = [];
  for (let i = 0; i < 6; i += 1) {
    const select = weights.nth(i % (await weights.count()));
    await select.focus();
    weightRuns.push(await measure(subject, () => page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowDown')));
  }
  figures.push(summarise(subject, path, 'weight change', weightRuns));

  // Choosing every technology, then the default set again: the largest re-render the picker causes.
  const choose: number[] = [];
  for (let i = 0; i < 2; i += 1) {
    choose.push(await measure(subject, () => page.getByRole('button', { name: 'All', exact: true }).first().click()));
    choose.push(await measure(subject, () => page.getByRole('button', { name: /default/i }).first().click()));
  }
  figures.push(summarise(subject, path, 'choose all / default technologies', choose));
  await page.context().close();
  return figures;
}

/** The explorers' interactions on a served build, with the CPU throttled `cpuRate` times. */
export async function measureInteractions(browser: Browser, origin: string, cpuRate = 4, options: MeasureOptions = {}): Promise<InteractionFigure[]> {
  return [...(await compareInteractions(browser, origin, cpuRate, options)), ...(await matrixInteractions(browser, origin, cpuRate, options))];
}
