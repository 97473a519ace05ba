import { describe, expect, it } from 'vitest';
import { breakPoints, hyphenateHtml } from './hyphenate-html.ts';

const SHY = '\u00ad';

describe('hyphenateHtml', () => {
  it('puts soft hyphens between the syllables of a long Dutch compound', () => {
    expect(breakPoints('Werkgeversservicepunt')).toBe(
      ['Werk', 'ge', 'vers', 'ser', 'vi', 'ce', 'punt'].join(SHY),
    );
  });

  it('leaves short words alone', () => {
    expect(hyphenateHtml('<body><p>Kom naar een ontbijt in Soest</p></body>')).toBe(
      '<body><p>Kom naar een ontbijt in Soest</p></body>',
    );
  });

  it('lets an e-mail address break only after the @ and the dots, without hyphens', () => {
    expect(breakPoints('werkgeversservicepunt@amersfoort.nl.')).toBe(
      'werkgeversservicepunt@<wbr>amersfoort.<wbr>nl.',
    );
  });

  it('lets a web address break after dots and slashes', () => {
    expect(breakPoints('(www.werkgeversservicepuntfoodvalley.nl/contact)')).toBe(
      '(www.<wbr>werkgeversservicepuntfoodvalley.<wbr>nl/<wbr>contact)',
    );
  });

  it('never changes tags, attributes, the head, scripts or form fields', () => {
    const html =
      '<head><title>Werkgeversservicepunt</title></head><body>' +
      '<a href="/x/" title="Werkgeversservicepunt" data-x="a>Werkgeversservicepunt">Regelingenwijzer</a>' +
      '<script>const Werkgeversservicepunt = 1;</script>' +
      '<textarea>Werkgeversservicepunt</textarea>' +
      '<select><option>Ambassadeur</option></select></body>';
    const result = hyphenateHtml(html);
    expect(result).toContain('<title>Werkgeversservicepunt</title>');
    expect(result).toContain(
      '<a href="/x/" title="Werkgeversservicepunt" data-x="a>Werkgeversservicepunt">',
    );
    expect(result).toContain(`>Re${SHY}ge${SHY}lin${SHY}gen${SHY}wij${SHY}zer</a>`);
    expect(result).toContain('<script>const Werkgeversservicepunt = 1;</script>');
    expect(result).toContain('<textarea>Werkgeversservicepunt</textarea>');
    // An option without a value attribute sends its text: a soft hyphen would change it.
    expect(result).toContain('<option>Ambassadeur</option>');
  });

  it('keeps the text the same apart from the break points', () => {
    const html = '<body><p>De loonkostensubsidie &amp; de no-riskpolis, voor collega’s.</p></body>';
    expect(hyphenateHtml(html).replaceAll(SHY, '')).toBe(html);
  });
});

describe('hyphenateHtml with a longer minimum', () => {
  it('hyphenates only the words at least that long', () => {
    const result = hyphenateHtml('<p>Een bijeenkomst van het Werkgeversservicepunt</p>', 16);
    expect(result).toContain('Een bijeenkomst van het Werk\u00adge');
  });
});
