import type { QRCodeToStringOptions } from 'qrcode';

/**
 * One look for every QR code of the site. Level M survives a projector's glare
 * and a phone held at an angle without making long URLs too dense; the
 * four-module quiet zone is what scanners expect around the code.
 */
export const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } } as const satisfies QRCodeToStringOptions;

/** A download's file name from the page's path: /en/tech/aks/ → container-atlas-en-tech-aks-qr. */
export function qrFileName(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean).map((p) => p.replace(/[^a-z0-9-]/gi, '')).filter(Boolean);
  return ['container-atlas', ...parts, 'qr'].join('-');
}
