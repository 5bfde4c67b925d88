import type { Locale } from '@/lib/i18n/locales';
import { attachSearchBox, type SearchBoxController } from './search-box';

const attached = new WeakMap<HTMLDialogElement, SearchBoxController>();

/**
 * Gives the dialog (opened by components/islands/search.ts in the keystroke
 * that asked for it) its search behaviour, once; on every opening, searches
 * what has been typed so far. Few results, each one small fetch: this is the
 * first thing a reader sees after the shortcut.
 */
export function attachDialog(dialog: HTMLDialogElement, locale: Locale): void {
  let box = attached.get(dialog);
  if (!box) {
    const root = dialog.querySelector<HTMLElement>('[data-search-box]');
    if (!root) return;
    box = attachSearchBox(root, { locale, limit: 6, hitsPerPage: 2, onNavigate: () => dialog.close() });
    attached.set(dialog, box);
  }
  box.refresh();
}
