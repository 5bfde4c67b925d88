import { useEffect, useId, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { getShareDictionary } from '@/lib/i18n/share-dictionary';
import { ShareDialogBody } from './share-dialog-body';

/**
 * The share dialog: the link, a copy button, a QR code large enough to
 * project and SVG/PNG downloads, for `url` (the address, with the view's
 * query state, when the reader pressed Share). Mounted by
 * components/islands/share-dialog.island.tsx on first use and opened at once;
 * a modal <dialog> keeps focus inside and returns it to the button on close.
 */
export function ShareDialog({ locale, url }: { locale: Locale; url: string }) {
  const t = getShareDictionary(locale);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [presenting, setPresenting] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={() => setPresenting(false)}
      data-share-dialog
      className={`no-print m-auto rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:bg-slate-950 dark:text-slate-100 ${presenting ? 'h-dvh max-h-none w-screen max-w-none rounded-none' : 'w-[min(32rem,calc(100vw-2rem))]'}`}
    >
      <div className={presenting ? 'flex h-full flex-col p-4' : 'p-5'}>
        <div className="mb-3 flex items-start justify-between gap-4">
          <h2 id={titleId} className={presenting ? 'sr-only' : 'text-lg font-semibold'}>
            {t.shareTitle}
          </h2>
          <button type="button" onClick={() => dialog.current?.close()} className="ml-auto inline-flex min-h-9 items-center rounded px-3 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800" data-share-close>
            {t.close}
          </button>
        </div>
        {presenting ? null : <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">{t.shareHint}</p>}
        <div className={presenting ? 'min-h-0 flex-1' : undefined}>
          <ShareDialogBody url={url} t={t} presenting={presenting} onPresent={setPresenting} />
        </div>
      </div>
    </dialog>
  );
}
