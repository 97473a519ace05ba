import { describe, expect, it } from 'vitest';
import { absoluteUrl, canonicalUrl, entryUrl } from './canonical-url.ts';

const site = new URL('https://werkgevers.example.nl');

describe('canonical URLs', () => {
  it('puts a page path on the site address', () => {
    expect(canonicalUrl('/verhalen/', site)).toBe('https://werkgevers.example.nl/verhalen/');
    expect(absoluteUrl('/deel/campagne.png', site)).toBe(
      'https://werkgevers.example.nl/deel/campagne.png',
    );
  });

  it('drops a query and a hash: ?via= and anchors never make a second address', () => {
    expect(canonicalUrl('/ambassadeurs/anouk/?via=anouk#verhalen', site)).toBe(
      'https://werkgevers.example.nl/ambassadeurs/anouk/',
    );
  });

  it('gives an entry the address of its page, with the trailing slash', () => {
    expect(entryUrl('bijeenkomsten', 'werkgeversontbijt-eemnes', site)).toBe(
      'https://werkgevers.example.nl/bijeenkomsten/werkgeversontbijt-eemnes/',
    );
  });

  it('falls back to localhost when no site address is configured', () => {
    expect(canonicalUrl('/', undefined)).toBe('http://localhost/');
  });
});
