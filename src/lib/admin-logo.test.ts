import { describe, expect, it } from 'vitest';
import { adminLogoSvg } from './admin-logo.ts';

describe('the CMS logo', () => {
  it('shows the campaign’s name', () => {
    const svg = adminLogoSvg('Iedereen doet mee');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 300 100"/);
    expect(svg).toContain('>Iedereen doet mee</text>');
    expect(svg).toContain('aria-label="Iedereen doet mee: beheer"');
  });

  it('writes a name with XML characters as text', () => {
    const svg = adminLogoSvg('Werk & <meer>');
    expect(svg).toContain('>Werk &amp; &lt;meer&gt;</text>');
  });
});
