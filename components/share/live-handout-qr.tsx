'use client';

import { useEffect, useRef } from 'react';

/**
 * The QR code in the corner of a printed handout, for pages whose URL carries
 * view state (filters, weights), so the paper leads back to the same view.
 * The QR library loads when the browser is idle, not with the page, and the
 * code is redrawn synchronously as printing starts, from the URL at that moment.
 */
export function LiveHandoutQr({ caption }: { caption: string }) {
  const code = useRef<HTMLDivElement>(null);
  const address = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    let draw: (() => void) | undefined;
    let cancelled = false;
    const load = () => {
      import('./qr-code')
        .then(({ qrSvg }) => {
          if (cancelled) return;
          draw = () => {
            try {
              if (code.current) code.current.innerHTML = qrSvg(window.location.href);
              if (address.current) address.current.textContent = window.location.href;
            } catch {
              // An address too long for a QR code (a pasted essay in the filter): the handout goes without one.
            }
          };
          // Drawn in a later idle moment than the one that loaded the library, so neither holds the page up for long.
          idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(() => draw?.(), { timeout: 4000 }) : window.setTimeout(() => draw?.(), 500);
        })
        .catch(() => {
          // Without the library the handout simply has no QR code; the page URL is still printed by the browser.
        });
    };
    let idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(load, { timeout: 4000 }) : window.setTimeout(load, 1500);
    const print = matchMedia('print');
    const redraw = () => draw?.();
    window.addEventListener('beforeprint', redraw);
    print.addEventListener('change', redraw);
    return () => {
      cancelled = true;
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      window.removeEventListener('beforeprint', redraw);
      print.removeEventListener('change', redraw);
    };
  }, []);
  return (
    <div className="print-only handout-qr" data-handout-qr>
      <div ref={code} role="img" aria-label={caption} className="[&>svg]:h-full [&>svg]:w-full" />
      <p className="handout-qr-caption">{caption}</p>
      <p ref={address} className="handout-qr-url" />
    </div>
  );
}
