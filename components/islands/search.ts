import { isLocale, type Locale } from '@/lib/i18n/locales';
import { closestTarget, once, prefetchOnIntent } from './lazy';

const loadSearchDialog = once(() => import('./search-dialog.island'));

/** Whether a key press happened while the reader types somewhere, where "/" is a character and not a shortcut. */
function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

async function openSearch(locale: Locale): Promise<void> {
  // On the search page the shortcuts focus the page's own box instead of a dialog.
  const pageBox = document.querySelector<HTMLInputElement>('[data-search-page] input[role="combobox"]');
  if (pageBox) {
    pageBox.focus();
    return;
  }
  const { openSearchDialog } = await loadSearchDialog();
  openSearchDialog(locale);
}

/**
 * The header's search button (components/search/search-button.tsx) and the
 * shortcuts ⌘K / Ctrl+K and "/". The dialog, FlexSearch and the index are
 * fetched only when search is first wanted. If the dialog cannot be fetched
 * (offline), the reader is taken to the search page instead.
 */
export function initSearch(): void {
  const button = document.querySelector<HTMLButtonElement>('button[data-search-button]');
  const locale = button?.dataset.searchButton;
  if (!button || !isLocale(locale)) return;
  const searchPage = button.dataset.searchFallback;
  const open = () => openSearch(locale).catch(() => searchPage && location.assign(searchPage));
  prefetchOnIntent('[data-search-button]', loadSearchDialog);
  button.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    const commandK = (event.metaKey || event.ctrlKey) && !event.altKey && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !typingInField(event.target);
    if ((!commandK && !slash) || event.isComposing) return;
    event.preventDefault();
    open();
  });
}
