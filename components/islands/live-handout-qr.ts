/**
 * The QR code in the corner of a printed handout of a page whose URL carries
 * the view (comparison, matrix, search), so the paper leads back to the same
 * view. Plain DOM, no React: the server renders the empty frame
 * (components/share/handout-qr.tsx); the QR library loads when the browser
 * is idle, not with the page, and the code is drawn synchronously as
 * printing starts, from the address at that moment.
 */
export function initLiveHandoutQr(frame: HTMLElement): void {
  const code = frame.querySelector<HTMLElement>('[data-handout-qr-code]');
  const address = frame.querySelector<HTMLElement>('[data-handout-qr-url]');
  const print = matchMedia('print');
  let qrSvg: ((text: string) => string) | undefined;
  // Drawn only for paper: making the code takes a long task on a slow phone (about 180 ms at 4× CPU throttling).
  const draw = () => {
    if (!qrSvg) return;
    try {
      if (code) code.innerHTML = qrSvg(location.href);
      if (address) address.textContent = location.href;
    } catch {
      // An address too long for a QR code (a pasted essay in the filter): the handout goes without one.
    }
  };
  const load = () => {
    import('@/components/share/qr-code')
      .then((module) => {
        qrSvg = module.qrSvg;
        if (print.matches) draw();
      })
      .catch(() => {
        // Without the library the handout simply has no QR code; the browser still prints the page's address.
      });
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 4000 });
  else setTimeout(load, 1500);
  addEventListener('beforeprint', draw);
  print.addEventListener('change', () => print.matches && draw());
}
