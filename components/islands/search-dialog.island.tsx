import { createRoot, type Root } from 'react-dom/client';
import { SearchDialog } from '@/components/search/search-dialog';
import type { Locale } from '@/lib/i18n/locales';

let root: Root | undefined;
let isOpen = false;

/** Mounts the search dialog (which opens itself) and unmounts it on close, which returns focus. */
export function openSearchDialog(locale: Locale): void {
  if (isOpen) return;
  if (!root) {
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  }
  isOpen = true;
  const close = () => {
    isOpen = false;
    root?.render(null);
  };
  root.render(<SearchDialog locale={locale} onClose={close} />);
}
