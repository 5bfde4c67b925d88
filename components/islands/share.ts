import { isLocale } from '@/lib/i18n/locales';
import { closestTarget, once, prefetchOnIntent } from './lazy';

const loadShareDialog = once(() => import('./share-dialog.island'));

/**
 * The Share button (components/share/share-panel.tsx): fetches the dialog
 * (React and the QR library, ~70 KB gzip) on intent, then opens it with the
 * address as it is at the moment of the click.
 */
export function initShare(): void {
  prefetchOnIntent('[data-share-open]', loadShareDialog);
  document.addEventListener('click', async (event) => {
    const button = closestTarget<HTMLButtonElement>(event, 'button[data-share-open]');
    const locale = button?.dataset.shareOpen;
    if (!button || !isLocale(locale)) return;
    const status = button.parentElement?.querySelector<HTMLElement>('[data-share-status]');
    const say = (text: string | undefined) => {
      if (status) status.textContent = text ?? '';
    };
    const url = location.href;
    say(status?.dataset.loading);
    try {
      const { openShareDialog } = await loadShareDialog();
      say('');
      openShareDialog(locale, url);
    } catch {
      say(status?.dataset.failed);
    }
  });
}
