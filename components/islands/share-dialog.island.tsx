import { ShareDialog } from '@/components/share/share-dialog';
import type { Locale } from '@/lib/i18n/locales';
import { lazyRoot } from './dialog-root';

const root = lazyRoot();
let opened = 0;

/** Renders a fresh share dialog (new key: the URL and "present" mode start anew each time) and opens it. */
export function openShareDialog(locale: Locale, url: string): void {
  opened += 1;
  root().render(<ShareDialog key={opened} locale={locale} url={url} />);
}
