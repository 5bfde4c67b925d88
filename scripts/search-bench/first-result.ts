import type { Browser } from '@playwright/test';
import { MARK_PATH, type StaticServer } from './static-server';

/**
 * One timed search in the built site, as a reader does it: on an article that
 * has finished loading, press "/", type a one-word query at once, and wait
 * until a result ([role="option"] in a [role="listbox"]) of that query is
 * shown: both engines say which query their options answer
 * (data-search-query), so results of a prefix typed on the way do not count.
 * The page records the times itself (performance.now()), so the figures do
 * not include Playwright's round trips, and asks the server to mark its byte
 * count the moment results appear.
 */
export interface FirstResult {
  /** Bytes the server sent from the "/" keystroke to the first results (headers and gzip bodies). */
  bytes: number;
  /** Milliseconds from the "/" keystroke to the first results. */
  fromShortcutMs: number;
  /** Milliseconds from the query's last keystroke to the first results. */
  fromLastKeyMs: number;
}

declare global {
  interface Window {
    __searchBench?: { keys: number[]; results?: number; lastKey?: number };
    /** Resolves when the probe sees results, so the benchmark waits without polling the page. */
    __searchBenchDone?: Promise<void>;
  }
}

/** Runs in the page: watches for the first result that was not there before the keystroke. */
function installProbe({ markPath, query }: { markPath: string; query: string }): void {
  const state: { keys: number[]; results?: number; lastKey?: number } = { keys: [] };
  window.__searchBench = state;
  // No named functions here: tsx would wrap them in a helper the page does not have.
  let done: ((value: void) => void) | undefined;
  window.__searchBenchDone = new Promise<void>((resolve) => (done = resolve));
  const selector = '[role="listbox"] [role="option"]';
  const before = new Set(document.querySelectorAll(selector));
  for (const type of ['keydown', 'beforeinput', 'input']) {
    addEventListener(type, () => state.results === undefined && state.keys.push(performance.now()), { capture: true });
  }
  const observer = new MutationObserver(() => {
    if (state.results !== undefined) return;
    for (const option of document.querySelectorAll<HTMLElement>(selector)) {
      if (before.has(option) || !option.checkVisibility()) continue;
      if (option.closest<HTMLElement>('[data-search-query]')?.dataset.searchQuery !== query) continue;
      state.results = performance.now();
      state.lastKey = Math.max(...state.keys);
      void fetch(markPath, { cache: 'no-store' });
      observer.disconnect();
      done?.();
      return;
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden', 'class', 'style', 'open', 'data-search-query'] });
}

/** Results take a few seconds at most, even throttled on a loaded machine; longer means "/" or the typing was not seen. */
const RESULTS_TIMEOUT_MS = 30_000;

/**
 * How the query reaches the box after "/": typed a key at a time at full speed, or inserted whole in one input
 * event, as a paste or a Korean IME's commit delivers it. Playwright waits for the page to take each typed key,
 * so typing ten letters costs tens of milliseconds on this machine even on an empty page: the inserted figure
 * is the site's own time from the shortcut to the results.
 */
export type QueryEntry = 'typed' | 'inserted';

export async function measureFirstResult(
  browser: Browser,
  server: StaticServer,
  pagePath: string,
  query: string,
  cpuSlowdown: number,
  entry: QueryEntry = 'typed',
): Promise<FirstResult> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(server.origin + pagePath, { waitUntil: 'networkidle' });
    await page.evaluate(installProbe, { markPath: MARK_PATH, query });
    // Two frames painted: under CPU throttling a key pressed before the first frames can reach no handler at all.
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    server.resetBytes();
    // Typed at full speed right after "/", as a quick reader does: both engines focus their box within the "/"
    // keystroke, so nothing is lost (the e2e suite checks that for Atlas). Waiting for the box first would add
    // Playwright's polling to the figure.
    await page.keyboard.press('/');
    if (entry === 'inserted') await page.keyboard.insertText(query);
    else await page.keyboard.type(query);
    // Waits on the probe's promise: polling with waitForFunction would inject Playwright's selector engine into the
    // page while it searches (about 18 ms of the page's main thread at 1×, four times that throttled).
    const seen = page.evaluate(() => window.__searchBenchDone);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`Timeout ${RESULTS_TIMEOUT_MS}ms exceeded`)), RESULTS_TIMEOUT_MS)));
    await Promise.race([seen, timeout]).finally(() => clearTimeout(timer)).catch(async (error: Error) => {
      const state = await page.evaluate(() => ({ focus: document.activeElement?.outerHTML.slice(0, 80), value: document.activeElement instanceof HTMLInputElement ? document.activeElement.value : null })).catch(() => null);
      throw new Error(`no results for "${query}" after "/" on ${page.url()} (focus on ${state?.focus ?? 'unknown'}, box holds ${JSON.stringify(state?.value ?? null)}): ${error.message.split('\n')[0]}`);
    });
    const times = await page.evaluate(() => window.__searchBench!);
    // The mark request may still be on its way; give it a moment before reading the count.
    await page.waitForTimeout(50);
    return { bytes: server.bytesSinceReset(), fromShortcutMs: times.results! - times.keys[0]!, fromLastKeyMs: times.results! - times.lastKey! };
  } finally {
    await context.close();
  }
}

/**
 * The harness's own cost of typing `query` a key at a time: the span from the first to the last input event in an
 * empty page holding one input, with no site code at all. Printed beside the "typed" figures, which include it.
 */
export async function measureTypingFloor(browser: Browser, query: string, runs: number): Promise<number[]> {
  const page = await browser.newPage();
  const spans: number[] = [];
  try {
    await page.setContent('<input aria-label="probe">');
    await page.focus('input');
    await page.evaluate(() => {
      window.__searchBench = { keys: [] };
      // Input events, not keydowns: Playwright sends Hangul as text, with no key events.
      addEventListener('input', () => window.__searchBench!.keys.push(performance.now()), { capture: true });
    });
    for (let i = 0; i < runs; i++) {
      await page.fill('input', '');
      await page.evaluate(() => (window.__searchBench!.keys = []));
      await page.keyboard.type(query);
      const keys = await page.evaluate(() => window.__searchBench!.keys);
      spans.push(keys.at(-1)! - keys[0]!);
    }
  } finally {
    await page.close();
  }
  return spans;
}
