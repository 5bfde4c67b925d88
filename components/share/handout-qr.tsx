import QRCode from 'qrcode';
import { QR_OPTIONS } from '@/lib/share/qr-options';

/**
 * The QR code in the corner of a printed handout of a static page, made at
 * build time from the canonical URL: no JavaScript on the page for it.
 * Shown only in print (see the print rules in globals.css), where it floats in
 * the top corner: place it first in the page, before the title.
 */
export async function HandoutQr({ url, caption }: { url: string; caption: string }) {
  const svg = await QRCode.toString(url, { ...QR_OPTIONS, type: 'svg' });
  return (
    <div className="print-only handout-qr" data-handout-qr>
      <div role="img" aria-label={caption} className="[&>svg]:h-full [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: svg }} />
      <p className="handout-qr-caption">{caption}</p>
      <p className="handout-qr-url">{url}</p>
    </div>
  );
}

/**
 * The handout QR code of a page whose view lives in the URL (comparison,
 * matrix, search): an empty frame that components/islands/live-handout-qr.ts
 * fills in the browser from the address at print time. Place it first in the
 * page, like HandoutQr.
 */
export function LiveHandoutQrIsland({ caption }: { caption: string }) {
  return (
    <div className="print-only handout-qr" data-handout-qr data-live-handout-qr>
      <div role="img" aria-label={caption} className="[&>svg]:h-full [&>svg]:w-full" data-handout-qr-code />
      <p className="handout-qr-caption">{caption}</p>
      <p className="handout-qr-url" data-handout-qr-url />
    </div>
  );
}
