import { describe, expect, it } from 'vitest';
import { shareImagePath, sharedUrl, shareLinks, withVia } from './share-links.ts';

const page = {
  url: 'https://werkgevers.regioamersfoort.nl/verhalen/de-blauwe-paraplu/',
  title: 'De Blauwe Paraplu: samen ondernemen',
  text: 'Lees hoe deze werkgever het deed.',
};

describe('share links', () => {
  const links = shareLinks(page);

  it('are there for LinkedIn, WhatsApp, Facebook, X and e-mail', () => {
    expect(links.map((link) => link.network)).toEqual([
      'linkedin',
      'whatsapp',
      'facebook',
      'x',
      'email',
    ]);
  });

  it('each carry the page address, encoded, and nothing to track people', () => {
    for (const link of links) {
      const parsed = new URL(link.href);
      const values = [...parsed.searchParams.values()].join(' ');
      expect(values).toContain(page.url);
      expect(link.href).not.toMatch(/utm_|fbclid|ref=/);
    }
  });

  it('go to each network’s own share page', () => {
    const byNetwork = Object.fromEntries(links.map((link) => [link.network, new URL(link.href)]));
    expect(byNetwork['linkedin']?.searchParams.get('url')).toBe(page.url);
    expect(byNetwork['whatsapp']?.searchParams.get('text')).toBe(`${page.text} ${page.url}`);
    expect(byNetwork['facebook']?.searchParams.get('u')).toBe(page.url);
    expect(byNetwork['x']?.searchParams.get('text')).toBe(page.title);
    expect(byNetwork['email']?.protocol).toBe('mailto:');
  });

  it('write spaces in e-mail as %20, which every mail program reads', () => {
    const email = links.find((link) => link.network === 'email')?.href ?? '';
    expect(email).toContain('subject=De%20Blauwe%20Paraplu');
    expect(email).not.toContain('+');
  });
});

describe('the via parameter', () => {
  it('credits the ambassador who shared', () => {
    expect(withVia('https://example.org/ambassadeurs/anouk-de-wit/', 'anouk-de-wit')).toBe(
      'https://example.org/ambassadeurs/anouk-de-wit/?via=anouk-de-wit',
    );
  });

  it('replaces an earlier via rather than adding a second one', () => {
    expect(withVia('https://example.org/x/?via=iemand', 'anouk-de-wit')).toBe(
      'https://example.org/x/?via=anouk-de-wit',
    );
  });
});

describe('share image paths', () => {
  it('are PNG files under /deel/', () => {
    expect(shareImagePath('verhalen', 'de-blauwe-paraplu')).toBe(
      '/deel/verhalen/de-blauwe-paraplu.png',
    );
  });
});

describe('the shared address', () => {
  it('credits an ambassador on their own page, and nobody elsewhere', () => {
    const canonical = 'https://example.org/ambassadeurs/anouk-de-wit/';
    expect(sharedUrl(canonical, 'ambassadeurs', 'anouk-de-wit')).toBe(
      `${canonical}?via=anouk-de-wit`,
    );
    expect(sharedUrl('https://example.org/verhalen/x/', 'verhalen', 'x')).toBe(
      'https://example.org/verhalen/x/',
    );
  });
});
