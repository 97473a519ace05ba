import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { errorCorrectionLevel, qrSvg } from './qr-code.ts';

const url = 'https://werkgevers.regioamersfoort.nl/ambassadeurs/anouk-de-wit/?via=anouk-de-wit';

/** The dark modules drawn by the SVG's stroke path ("M x y h n" runs), as "x,y" keys. */
function darkModules(svg: string, margin: number): Set<string> {
  const path = /<path[^>]*stroke="[^"]+"[^>]*d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?:\s(-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b)];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      for (let i = 0; i < Number(a); i++) dark.add(`${x + i - margin},${Math.floor(y) - margin}`);
      x += Number(a);
    }
  }
  return dark;
}

describe('a QR code', () => {
  it('encodes exactly the given address', async () => {
    const svg = await qrSvg(url, 'QR-code');
    const expected = QRCode.create(url, { errorCorrectionLevel });
    const size = expected.modules.size;
    const dark = darkModules(svg, 2);
    let mismatches = 0;
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        if (Boolean(expected.modules.get(row, col)) !== dark.has(`${col},${row}`)) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
    expect(svg).toContain(`viewBox="0 0 ${size + 4} ${size + 4}"`);
  });

  it('is an image with a name for screen readers, and without inline styles', async () => {
    const svg = await qrSvg(url, 'QR-code naar de pagina van "Anouk" & co');
    expect(svg).toMatch(
      /^<svg role="img" aria-label="QR-code naar de pagina van &quot;Anouk&quot; &amp; co"/,
    );
    expect(svg).not.toContain('style=');
  });
});
