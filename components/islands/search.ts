import { isLocale, type Locale } from '@/lib/i18n/locales';
import { manifestPath } from '@/lib/search/shard-format';
import { once, prefetchOnIntent } from './lazy';

type SearchUi = typeof import('./search-ui.island');
/** The search interface's URL, set by scripts/build-islands.ts, which bundles it on its own (see search-ui.island.ts). */
const SEARCH_UI_URL = process.env.SEARCH_UI_URL ?? '';
const loadSearchUi = once(() => import(/* @vite-ignore */ SEARCH_UI_URL) as Promise<SearchUi>);
/** The search worker's URL (components/islands/search-worker.ts), set by scripts/build-islands.ts like SEARCH_UI_URL. */
const SEARCH_WORKER_URL = process.env.SEARCH_WORKER_URL ?? '';

let worker: Worker | null = null;
/**
 * The search worker, started with the shortcut (or on intent) so its script
 * loads beside the search code, not after it; a new one after it failed.
 */
function searchWorker(): Worker {
  if (!worker) {
    const started = new Worker(SEARCH_WORKER_URL, { type: 'module', name: 'search' });
    started.addEventListener('error', () => worker === started && (worker = null));
    worker = started;
  }
  return worker;
}

/** Starts fetching the index manifest alongside the search code, rather than after it (one round trip fewer before the first result). */
function preloadManifest(locale: Locale): void {
  const href = manifestPath(locale);
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

/** Whether a key press happened while the reader types somewhere, where "/" is a character and not a shortcut. */
function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const FOCUSABLE = 'input, button:not([hidden]), [href]:not([tabindex="-1"])';

/**
 * Makes the dialog from the server's <template> and gives it what must work
 * before the search code arrives: closing (Escape, the button, the
 * backdrop), focus kept inside and returned on close (the modal behaviour
 * of components/search/search-box-markup.tsx's dialog), and a note of an IME
 * composition in progress, so the search code does not search half a syllable.
 */
function makeDialog(): HTMLDialogElement | null {
  const template = document.querySelector<HTMLTemplateElement>('template[data-search-template]');
  const dialog = template?.content.firstElementChild?.cloneNode(true);
  if (!(dialog instanceof HTMLDialogElement)) return null;
  document.body.append(dialog);
  let previous: HTMLElement | null = null;
  dialog.addEventListener('search-open', () => {
    previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  });
  dialog.addEventListener('close', () => previous?.focus());
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  dialog.addEventListener('keydown', (event) => {
    // Opened with show() (see SearchDialogTemplate), the dialog closes on Escape itself; not while a syllable composes.
    if (event.key === 'Escape' && !event.isComposing) {
      event.preventDefault();
      dialog.close();
      return;
    }
    // Focus stays inside, as in a modal: Tab from the last control goes to the first, Shift+Tab the other way.
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  });
  const input = dialog.querySelector<HTMLInputElement>('input[role="combobox"]');
  input?.addEventListener('compositionstart', () => (input.dataset.composing = ''));
  input?.addEventListener('compositionend', () => delete input.dataset.composing);
  return dialog;
}

/**
 * Opens search within the keystroke or click that asked for it: the box is a
 * real, focused input at once, so nothing typed while the search code and
 * index load is lost (Korean composes in it natively); the code attaches to
 * the box when it arrives and searches what is there. On the search page the
 * shortcuts focus the page's own box. If the code cannot be fetched
 * (offline), the reader is taken to the search page with what they typed.
 */
function openSearch(locale: Locale, searchPage: string): void {
  const pageBox = document.querySelector<HTMLInputElement>('[data-search-page] input[role="combobox"]');
  if (pageBox) {
    pageBox.focus();
    return;
  }
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]') ?? makeDialog();
  const input = dialog?.querySelector<HTMLInputElement>('input[role="combobox"]');
  if (!dialog || !input) {
    location.assign(searchPage);
    return;
  }
  if (dialog.open) return;
  dialog.dispatchEvent(new Event('search-open'));
  input.value = '';
  // Not showModal(): making the whole page inert cost a phone about 90 ms before the first key reached the box.
  dialog.show();
  input.focus();
  preloadManifest(locale);
  searchWorker();
  loadSearchUi().then(
    ({ attachDialog }) => attachDialog(dialog, locale, searchWorker),
    () => {
      const typed = input.value.trim();
      location.assign(typed ? `${searchPage}?q=${encodeURIComponent(typed)}` : searchPage);
    },
  );
}

/**
 * The header's search button (components/search/search-button.tsx), the
 * shortcuts ⌘K / Ctrl+K and "/", and the search page. The search code
 * (plain DOM, no React), the search worker and the index are fetched only
 * when search is wanted.
 */
export function initSearch(): void {
  const pageRoot = document.querySelector<HTMLElement>('[data-search-page]');
  const pageLocale = pageRoot?.dataset.searchPage;
  if (pageRoot && isLocale(pageLocale)) {
    searchWorker();
    void loadSearchUi().then(({ attachPage }) => attachPage(pageRoot, pageLocale, searchWorker));
  }

  const button = document.querySelector<HTMLButtonElement>('button[data-search-button]');
  const locale = button?.dataset.searchButton;
  if (!button || !isLocale(locale)) return;
  const searchPage = button.dataset.searchFallback ?? `/${locale}/search/`;
  // A pointer over the button or focus on it fetches the code and the manifest, so the click finds both ready.
  prefetchOnIntent('[data-search-button]', () => {
    preloadManifest(locale);
    searchWorker();
    return loadSearchUi();
  });
  button.addEventListener('click', () => openSearch(locale, searchPage));
  document.addEventListener('keydown', (event) => {
    const commandK = (event.metaKey || event.ctrlKey) && !event.altKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !typingInField(event.target);
    if ((!commandK && !slash) || event.isComposing) return;
    event.preventDefault();
    openSearch(locale, searchPage);
  });
}
