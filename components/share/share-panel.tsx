import type { Locale } from '@/lib/i18n/locales';
import { getShareDictionary } from '@/lib/i18n/share-dictionary';

/**
 * A "Share" button. Server markup: components/islands/share.ts fetches the
 * share dialog (React and the QR library) when the reader shows intent and
 * opens it with the current URL, so a page that is only read never loads
 * them. The QR code of a printed handout is separate (components/share/handout-qr.tsx):
 * it must come first in the page for the text to flow around it.
 */
export function SharePanel({ locale }: { locale: Locale }) {
  const t = getShareDictionary(locale);
  return (
    <span data-js-only className="no-print inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        aria-haspopup="dialog"
        data-share-open={locale}
        className="inline-flex min-h-9 items-center gap-1.5 rounded-full border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M4 12v7a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-7M16 6l-4-4-4 4M12 2v13" />
        </svg>
        {t.share}
      </button>
      <span role="status" data-share-status data-loading={t.loading} data-failed={t.loadFailed} className="text-sm empty:sr-only" />
    </span>
  );
}
