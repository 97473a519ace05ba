/**
 * QR codes as SVG, drawn at build time: sharp at any print size, no script, no external service.
 */
import QRCode from 'qrcode';
import { colors } from './design-tokens.ts';

/** Medium error correction: still readable when a printed flyer is creased or a bit smudged. */
export const errorCorrectionLevel = 'M';

/**
 * An SVG QR code for `url`, with a quiet zone and the given accessible name. The SVG has no
 * inline styles, so the Content-Security-Policy can keep forbidding them.
 */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel,
    margin: 2,
    color: { dark: colors.ink, light: '#ffffff' },
  });
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${escaped}" class="qr-code-image" `);
}
