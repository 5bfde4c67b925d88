'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import type { ShareDictionary } from '@/lib/i18n/share-dictionary';
import { qrFileName } from '@/lib/share/qr-options';
import { qrPngDataUrl, qrSvg } from './qr-code';
import { useCopy } from './use-copy';

/**
 * What the share dialog shows once the QR library has loaded: the link with a
 * copy button, the QR code (large in "present" mode, for a projector) and
 * downloads as SVG and PNG. Everything is made from `url`, the address at the
 * moment the dialog opened, so it carries the view's state.
 */
export function ShareDialogBody({ url, t, presenting, onPresent }: { url: string; t: ShareDictionary; presenting: boolean; onPresent: (on: boolean) => void }) {
  const { state, copy } = useCopy();
  const inputId = useId();
  const svg = useMemo(() => qrSvg(url), [url]);
  const png = useMemo(() => qrPngDataUrl(url), [url]);
  const [svgHref, setSvgHref] = useState<string>();
  useEffect(() => {
    const href = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    setSvgHref(href);
    return () => URL.revokeObjectURL(href);
  }, [svg]);
  const file = qrFileName(new URL(url).pathname);
  const button = 'inline-flex min-h-10 items-center justify-center rounded border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';
  return (
    <div className={presenting ? 'flex h-full flex-col items-center justify-center gap-4' : 'space-y-4'}>
      {presenting ? null : (
        <div>
          <label htmlFor={inputId} className="block text-sm font-medium">
            {t.linkLabel}
          </label>
          <div className="mt-1 flex gap-2">
            <input id={inputId} data-share-url readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-2 font-mono text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100" />
            <button type="button" className={button} onClick={() => copy(url)} data-share-copy>
              {t.copyLink}
            </button>
          </div>
          <p role="status" className="mt-1 min-h-5 text-sm text-slate-700 dark:text-slate-300">
            {state === 'copied' ? t.copied : state === 'failed' ? t.copyFailed : ''}
          </p>
        </div>
      )}
      <div
        role="img"
        aria-label={t.qrLabel(url)}
        data-share-qr
        className={presenting ? 'aspect-square w-[min(70vh,92vw)] [&>svg]:h-full [&>svg]:w-full' : 'mx-auto aspect-square w-64 max-w-full [&>svg]:h-full [&>svg]:w-full'}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      {presenting ? <p className="max-w-full break-all text-center font-mono text-lg">{url}</p> : null}
      <div className="flex flex-wrap justify-center gap-2">
        <button type="button" className={button} aria-pressed={presenting} onClick={() => onPresent(!presenting)} data-share-present>
          {presenting ? t.endPresent : t.present}
        </button>
        {presenting ? null : (
          <>
            <a className={button} href={svgHref} download={`${file}.svg`} data-share-download="svg">
              {t.downloadSvg}
            </a>
            <a className={button} href={png} download={`${file}.png`} data-share-download="png">
              {t.downloadPng}
            </a>
          </>
        )}
      </div>
    </div>
  );
}
