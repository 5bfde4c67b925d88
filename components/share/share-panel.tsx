'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { getShareDictionary } from '@/lib/i18n/share-dictionary';
import { LiveHandoutQr } from './live-handout-qr';
import type { ShareDialogBody as ShareDialogBodyType } from './share-dialog-body';

type Body = typeof ShareDialogBodyType;

/**
 * A "Share" button that opens a dialog with the current URL (including the
 * view's query state), a copy button, a QR code large enough to project, and
 * SVG and PNG downloads. The dialog and the QR library load only when it is
 * first opened. Drop it into any page; `handoutQr` also prints a QR code of
 * the current URL in the corner of a printed handout (pages whose view
 * changes the URL want it; static pages render theirs at build time).
 */
export function SharePanel({ locale, handoutQr = true }: { locale: Locale; handoutQr?: boolean }) {
  const t = getShareDictionary(locale);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [ready, setReady] = useState(false);
  const [url, setUrl] = useState('');
  const [Body, setBody] = useState<Body | null>(null);
  const [failed, setFailed] = useState(false);
  const [presenting, setPresenting] = useState(false);
  useEffect(() => setReady(true), []);

  async function open() {
    setUrl(window.location.href);
    setPresenting(false);
    dialog.current?.showModal();
    if (Body) return;
    try {
      const module = await import('./share-dialog-body');
      setBody(() => module.ShareDialogBody);
    } catch {
      setFailed(true);
    }
  }

  return (
    <>
      <button
        type="button"
        hidden={!ready}
        onClick={open}
        aria-haspopup="dialog"
        data-share-open
        className="no-print inline-flex min-h-9 items-center gap-1.5 rounded-full border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M4 12v7a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-7M16 6l-4-4-4 4M12 2v13" />
        </svg>
        {t.share}
      </button>
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
            {Body && url ? (
              <Body url={url} t={t} presenting={presenting} onPresent={setPresenting} />
            ) : (
              <p role="status" className="text-sm">
                {failed ? t.loadFailed : t.loading}
              </p>
            )}
          </div>
        </div>
      </dialog>
      {handoutQr ? <LiveHandoutQr caption={t.handoutQr} /> : null}
    </>
  );
}
