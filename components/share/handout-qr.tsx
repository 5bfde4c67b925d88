import QRCode from 'qrcode';
import { QR_OPTIONS } from '@/lib/share/qr-options';

/**
 * The QR code in the corner of a printed handout of a static page, made at
 * build time from the canonical URL: no JavaScript on the page for it.
 * Shown only in print (see the print rules in globals.css).
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
