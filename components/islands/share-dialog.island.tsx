import { createRoot, type Root } from 'react-dom/client';
import { ShareDialog } from '@/components/share/share-dialog';
import type { Locale } from '@/lib/i18n/locales';

let root: Root | undefined;
let opened = 0;

/** Renders a fresh share dialog (new key: the URL and "present" mode start anew each time) and opens it. */
export function openShareDialog(locale: Locale, url: string): void {
  if (!root) {
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  }
  opened += 1;
  root.render(<ShareDialog key={opened} locale={locale} url={url} />);
}
