import QRCode from 'qrcode';
import { QR_OPTIONS } from '@/lib/share/qr-options';

/*
 * The QR library is only ever imported from here, and this module only
 * through dynamic import(), so it stays out of every page's load.
 * With a callback, qrcode renders synchronously, which the print handler needs.
 */

export function qrSvg(text: string): string {
  let svg = '';
  QRCode.toString(text, { ...QR_OPTIONS, type: 'svg' }, (error, result) => {
    if (error) throw error;
    svg = result;
  });
  return svg;
}

/** A PNG large enough to print on a poster or paste into slides. */
export function qrPngDataUrl(text: string, width = 1024): string {
  let url = '';
  QRCode.toDataURL(text, { ...QR_OPTIONS, width }, (error, result) => {
    if (error) throw error;
    url = result;
  });
  return url;
}
