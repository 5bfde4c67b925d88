import { SearchDialog } from '@/components/search/search-dialog';
import type { Locale } from '@/lib/i18n/locales';
import { lazyRoot } from './dialog-root';

const root = lazyRoot();
let isOpen = false;

/** Mounts the search dialog (which opens itself) and unmounts it on close, which returns focus. */
export function openSearchDialog(locale: Locale): void {
  if (isOpen) return;
  isOpen = true;
  const close = () => {
    isOpen = false;
    root().render(null);
  };
  root().render(<SearchDialog locale={locale} onClose={close} />);
}
